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

	/**
	 * Where the database is, in words for the status bar: "main on localhost:9092" (a server),
	 * "file /home/…/main" (an embedded file), "main in memory"; the URL itself for anything else.
	 * Options after ';' or '?' are left out.
	 */
	public String place() {
		String rest = url.replaceFirst("(?i)^jdbc:", ""); //$NON-NLS-1$ //$NON-NLS-2$
		java.util.regex.Matcher server = java.util.regex.Pattern
				.compile("(?i)^(?:h2:tcp|h2:ssl|postgresql)://([^/]+)/([^;?]*).*$").matcher(rest); //$NON-NLS-1$
		if (server.matches()) {
			String path = server.group(2);
			String name = path.substring(path.lastIndexOf('/') + 1);
			return Messages.bind(Messages.Place_server, name.isEmpty() ? path : name, server.group(1));
		}
		java.util.regex.Matcher h2 = java.util.regex.Pattern.compile("(?i)^h2:(mem:|file:)?([^;]*).*$").matcher(rest); //$NON-NLS-1$
		if (h2.matches()) {
			return "mem:".equalsIgnoreCase(h2.group(1)) ? Messages.bind(Messages.Place_memory, h2.group(2)) //$NON-NLS-1$
					: Messages.bind(Messages.Place_file, h2.group(2));
		}
		return url;
	}

	@Override
	public String toString() {
		return user + "@" + url;
	}
}
