package pau.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order a record type is listed in by {@link RecordStore#all} and {@link RecordStore#ofProcedure}:
 * property paths of the entity, most significant first (e.g. {@code {"dueOn", "title"}}). Without it,
 * records are listed by id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NaturalOrder {

	/** The properties to sort by, ascending; a path such as {@code enterprise.name} follows a reference. */
	String[] value();
}
