package pau.store;

import java.util.Objects;

/**
 * Where a database is and how to log in. The password is never printed by {@link #toString()}.
 *
 * @param url JDBC URL, {@code jdbc:h2:…} or {@code jdbc:postgresql:…}
 * @param user user name
 * @param password password, empty for none
 */
public record DatabaseSettings(String url, String user, String password) {

	/** H2's default user. */
	public static final String DEFAULT_USER = "sa";

	public DatabaseSettings {
		Objects.requireNonNull(url, "url");
		user = user == null ? DEFAULT_USER : user;
		password = password == null ? "" : password;
	}

	/** The SQL dialect of this URL. */
	public Dialect dialect() {
		return Dialect.of(url);
	}

	@Override
	public String toString() {
		return user + "@" + url;
	}
}
