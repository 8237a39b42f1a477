package pau.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;

import org.eclipse.persistence.config.QueryHints;

import pau.model.Claim;
import pau.model.Correspondence;
import pau.model.DataException;
import pau.model.DocumentContent;
import pau.model.NaturalOrder;
import pau.model.Procedure;
import pau.model.ProcedureRecord;
import pau.model.Record;
import pau.model.RecordStore;
import pau.store.Messages;

/**
 * {@link RecordStore} over EclipseLink: one short-lived entity manager per call, so every read sees
 * the database as it is now (other clients change it too).
 */
final class JpaRecordStore implements RecordStore {

	private final java.util.function.Supplier<EntityManagerFactory> factory;
	private final DocumentContent documents;
	private final DataSource dataSource;

	JpaRecordStore(java.util.function.Supplier<EntityManagerFactory> factory, DataSource dataSource, pau.store.Dialect dialect) {
		this.factory = factory;
		this.dataSource = dataSource;
		this.documents = new JdbcDocumentContent(dataSource, dialect);
	}

	@Override
	public <T extends Record> Optional<T> find(Class<T> type, UUID id) {
		return read(em -> Optional.ofNullable(em.find(type, id)));
	}

	/**
	 * Rows a list brings per request. H2's server sends 100 by default: over an office VPN, 20,000 procedures
	 * and their 16,000 debtors cost 360 round trips, 14 s at 40 ms each, before the list showed (issue 21).
	 * PostgreSQL's driver already reads a whole result at once.
	 */
	static final int FETCH_ROWS = 5_000;

	/** Fetch joins for eager references, so a list costs one query, not one per row. */
	private static final Map<Class<?>, String> FETCH = Map.of(Procedure.class, " JOIN FETCH r.enterprise", Claim.class,
			" JOIN FETCH r.creditor", Correspondence.class, " LEFT JOIN FETCH r.document");

	@Override
	public <T extends Record> List<T> all(Class<T> type) {
		String jpql = "SELECT r FROM " + type.getSimpleName() + " r" + FETCH.getOrDefault(type, "") + " ORDER BY "
				+ order(type);
		return read(em -> em.createQuery(jpql, type).setHint(QueryHints.JDBC_FETCH_SIZE, FETCH_ROWS).getResultList());
	}

	@Override
	public <T extends ProcedureRecord> List<T> ofProcedure(Class<T> type, UUID procedureId) {
		String jpql = "SELECT r FROM " + type.getSimpleName() + " r" + FETCH.getOrDefault(type, "")
				+ " WHERE r.procedure.id = :procedure ORDER BY " + order(type);
		return read(em -> em.createQuery(jpql, type).setParameter("procedure", procedureId)
				.setHint(QueryHints.JDBC_FETCH_SIZE, FETCH_ROWS).getResultList());
	}

	@Override
	public List<Class<? extends ProcedureRecord>> procedureRecordTypes() {
		return read(em -> em.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
				.filter(ProcedureRecord.class::isAssignableFrom).<Class<? extends ProcedureRecord>>map(
						type -> type.asSubclass(ProcedureRecord.class))
				.sorted(Comparator.comparing(Class::getName)).toList());
	}

	/** The type's {@link NaturalOrder} as a JPQL ORDER BY list; by id without one. */
	private static String order(Class<?> type) {
		NaturalOrder order = type.getAnnotation(NaturalOrder.class);
		return order == null ? "r.id"
				: Arrays.stream(order.value()).map(path -> "r." + path).collect(Collectors.joining(", "));
	}

	@Override
	public <T extends Record> T save(T record) {
		record.checkValid();
		EntityManager em = factory.get().createEntityManager();
		try {
			em.getTransaction().begin();
			T saved = em.merge(record);
			em.getTransaction().commit();
			return saved;
		} catch (RollbackException | OptimisticLockException e) {
			if (hasOptimisticLockCause(e)) {
				throw new DataException(Messages.Store_changedMeanwhile, e);
			}
			throw new DataException(Messages.bind(Messages.Store_saveFailed, DataException.rootMessage(e)), e);
		} catch (PersistenceException e) {
			throw new DataException(Messages.bind(Messages.Store_saveFailed, DataException.rootMessage(e)), e);
		} finally {
			if (em.getTransaction().isActive()) {
				em.getTransaction().rollback();
			}
			em.close();
		}
	}

	@Override
	public void delete(Class<? extends Record> type, UUID id) {
		// Plain SQL, so the database's ON DELETE CASCADE removes the procedure's records with it.
		String table = type.getAnnotation(Table.class).name();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE ID = ?")) {
			delete.setObject(1, id);
			delete.executeUpdate();
		} catch (SQLException e) {
			throw new DataException(Messages.bind(Messages.Store_deleteFailed, e.getMessage()), e);
		}
	}

	@Override
	public DocumentContent documents() {
		return documents;
	}

	private <R> R read(Function<EntityManager, R> query) {
		EntityManager em;
		try {
			em = factory.get().createEntityManager();
		} catch (IllegalStateException e) {
			throw new DataException(Messages.bind(Messages.Store_readFailed, DataException.rootMessage(e)), e);
		}
		try {
			return query.apply(em);
		} catch (PersistenceException | IllegalStateException e) {
			// IllegalStateException: the store was closed meanwhile (the active database changed).
			throw new DataException(Messages.bind(Messages.Store_readFailed, DataException.rootMessage(e)), e);
		} finally {
			if (em.isOpen()) {
				em.close();
			}
		}
	}

	/** JPA's or EclipseLink's own optimistic lock failure (the latter is not API, so matched by name). */
	private static boolean hasOptimisticLockCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
				return true;
			}
		}
		return false;
	}

}
