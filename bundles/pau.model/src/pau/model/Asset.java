package pau.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An item of the debtor's property inventory (инвентаризация имущества).
 */
@Entity
@Table(name = "ASSETS")
@NaturalOrder({ "inventoryNumber", "name", "id" })
public class Asset extends ProcedureRecord {

	@Column(name = "NAME", nullable = false, length = 500)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "CATEGORY", nullable = false, length = 20)
	private AssetCategory category;

	@Column(name = "INVENTORY_NUMBER", length = 100)
	private String inventoryNumber;

	@Column(name = "BOOK_VALUE", precision = 19, scale = 2)
	private BigDecimal bookValue;

	@Column(name = "MARKET_VALUE", precision = 19, scale = 2)
	private BigDecimal marketValue;

	@Column(name = "INVENTORIED_ON")
	private LocalDate inventoriedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "STATUS", nullable = false, length = 20)
	private AssetStatus status = AssetStatus.FOUND;

	@Column(name = "NOTE", length = 4000)
	private String note;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AssetCategory getCategory() {
		return category;
	}

	public void setCategory(AssetCategory category) {
		this.category = category;
	}

	public String getInventoryNumber() {
		return inventoryNumber;
	}

	public void setInventoryNumber(String inventoryNumber) {
		this.inventoryNumber = inventoryNumber;
	}

	public BigDecimal getBookValue() {
		return bookValue;
	}

	public void setBookValue(BigDecimal bookValue) {
		this.bookValue = bookValue;
	}

	public BigDecimal getMarketValue() {
		return marketValue;
	}

	public void setMarketValue(BigDecimal marketValue) {
		this.marketValue = marketValue;
	}

	public LocalDate getInventoriedOn() {
		return inventoriedOn;
	}

	public void setInventoriedOn(LocalDate inventoriedOn) {
		this.inventoriedOn = inventoriedOn;
	}

	public AssetStatus getStatus() {
		return status;
	}

	public void setStatus(AssetStatus status) {
		this.status = status;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (blank(name)) {
			problems.add(Messages.Validation_nameRequired);
		}
		if (category == null) {
			problems.add(Messages.Validation_categoryRequired);
		}
		if (status == null) {
			problems.add(Messages.Validation_statusRequired);
		}
		if (bookValue != null && bookValue.signum() < 0 || marketValue != null && marketValue.signum() < 0) {
			problems.add(Messages.Validation_valueNegative);
		}
		return problems;
	}
}
