package pau.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A creditor: shared reference data, referenced by claims of any procedure.
 */
@Entity
@Table(name = "CREDITORS")
@NaturalOrder("name")
public class Creditor extends Party {
}
