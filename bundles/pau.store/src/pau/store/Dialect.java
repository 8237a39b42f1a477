package pau.store;

import java.util.Locale;

import pau.model.DataException;

/**
 * The SQL dialects PAU Desk supports for its databases. Everything that differs between them is here.
 */
public enum Dialect {
	/** H2 2.x, embedded or over TCP. */
	H2("BLOB", "CLOB", "org.eclipse.persistence.platform.database.H2Platform"),
	/** PostgreSQL 12 and newer. */
	POSTGRESQL("BYTEA", "TEXT", "org.eclipse.persistence.platform.database.PostgreSQLPlatform");

	private final String blobType;
	private final String clobType;
	private final String eclipseLinkPlatform;

	Dialect(String blobType, String clobType, String eclipseLinkPlatform) {
		this.blobType = blobType;
		this.clobType = clobType;
		this.eclipseLinkPlatform = eclipseLinkPlatform;
	}

	/** Column type of large binary content. */
	public String blobType() {
		return blobType;
	}

	/** Column type of large text. */
	public String clobType() {
		return clobType;
	}

	/** EclipseLink's target database class. */
	public String eclipseLinkPlatform() {
		return eclipseLinkPlatform;
	}

	/** The dialect of a JDBC URL. */
	public static Dialect of(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:h2:")) {
			return H2;
		}
		if (lower.startsWith("jdbc:postgresql:")) {
			return POSTGRESQL;
		}
		throw new DataException(Messages.bind(Messages.Dialect_unsupported, url));
	}
}
