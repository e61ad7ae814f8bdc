package bella.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.common.DateTimeUtils.formatInstant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Processes on one database each claim as their own owner, so a segment is only ever one process's. */
class TokenOwnerTest {

    private static final String PROCESSOR = "appointments";
    private static final Instant NOW = Instant.parse("2026-03-03T15:15:00Z");

    @TempDir
    Path directory;

    private final List<HikariDataSource> pools = new ArrayList<>();
    private DatabaseUrl url;

    /**
     * Axon judges a claim's age by this clock: held still, a claim renewed moments before the timeout stays held
     * however long the machine pauses between writing it and a process trying to take it.
     */
    @BeforeEach
    void holdAxonsClock() {
        AbstractTokenEntry.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @AfterEach
    void releaseAxonsClock() {
        AbstractTokenEntry.clock = Clock.systemUTC();
    }

    @BeforeEach
    void database() {
        url = DatabaseUrl.parse("jdbc:sqlite:" + directory.resolve("bella.db"));
        var first = pool();
        Schema.migrate(first, url);
        first.close();
    }

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void givenNoNodeIdSet_whenTwoProcessesStart_thenEachHasItsOwnOwnerName() {
        assertThat(NodeId.from("")).isNotEqualTo(NodeId.from("")).contains("@");
        assertThat(NodeId.from(null)).isNotBlank();
        assertThat(NodeId.from(" reception-1 ")).isEqualTo("reception-1");
    }

    @Test
    void givenTwoProcessesOnOneDatabase_whenBothClaimASegment_thenOnlyTheFirstGetsIt() {
        var one = new Process(NodeId.from(""));
        var two = new Process(NodeId.from(""));
        one.inTransaction(() -> one.tokens.initializeTokenSegments(PROCESSOR, 1));

        one.inTransaction(() -> one.tokens.fetchToken(PROCESSOR, 0));

        assertThatThrownBy(() -> two.inTransaction(() -> two.tokens.fetchToken(PROCESSOR, 0)))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(owner()).isEqualTo(one.nodeId);
    }

    @Test
    void givenAProcessThatStoppedCleanly_whenAnotherClaims_thenItGetsTheSegmentAtOnce() {
        var one = new Process(NodeId.from(""));
        one.inTransaction(() -> one.tokens.initializeTokenSegments(PROCESSOR, 1));
        one.inTransaction(() -> one.tokens.fetchToken(PROCESSOR, 0));

        one.inTransaction(() -> one.tokens.releaseClaim(PROCESSOR, 0));
        var two = new Process(NodeId.from(""));
        two.inTransaction(() -> two.tokens.fetchToken(PROCESSOR, 0));

        assertThat(owner()).isEqualTo(two.nodeId);
    }

    @Test
    void givenAProcessThatCrashed_whenItsClaimIsOlderThanTheTimeout_thenTheNextProcessTakesIt() {
        var crashed = new Process(NodeId.from(""));
        crashed.inTransaction(() -> crashed.tokens.initializeTokenSegments(PROCESSOR, 1));
        crashed.inTransaction(() -> crashed.tokens.storeToken(new GlobalSequenceTrackingToken(7), PROCESSOR, 0));
        var restarted = new Process(NodeId.from(""));

        claimRenewedAgo(AxonJdbc.SQLITE_CLAIM_TIMEOUT.minusSeconds(2).toMillis());
        assertThatThrownBy(() -> restarted.inTransaction(() -> restarted.tokens.fetchToken(PROCESSOR, 0)))
                .isInstanceOf(UnableToClaimTokenException.class);

        claimRenewedAgo(AxonJdbc.SQLITE_CLAIM_TIMEOUT.plusSeconds(1).toMillis());
        restarted.inTransaction(() -> assertThat(restarted.tokens.fetchToken(PROCESSOR, 0))
                .isEqualTo(new GlobalSequenceTrackingToken(7)));
        assertThat(owner()).isEqualTo(restarted.nodeId);
    }

    private String owner() {
        return new JdbcTemplate(pool()).queryForObject("SELECT owner FROM TokenEntry WHERE processorName = ?",
                String.class, PROCESSOR);
    }

    // the token's timestamp is when its owner last renewed the claim, in the form Axon writes
    private void claimRenewedAgo(long millis) {
        new JdbcTemplate(pool()).update("UPDATE TokenEntry SET timestamp = ?",
                formatInstant(NOW.minusMillis(millis)));
    }

    private HikariDataSource pool() {
        var pool = DataSources.sqlite(url);
        pools.add(pool);
        return pool;
    }

    /** What one Bella process holds: its own connection pool and token store, under its own owner name. */
    private final class Process {
        final String nodeId;
        final TokenStore tokens;
        final SpringTransactionManager transactions;

        Process(String nodeId) {
            var pool = pool();
            this.nodeId = nodeId;
            this.transactions = new SpringTransactionManager(new DataSourceTransactionManager(pool));
            this.tokens = AxonJdbc.tokenStore(url, new UnitOfWorkAwareConnectionProviderWrapper(
                    new SpringDataSourceConnectionProvider(pool)), JacksonSerializer.defaultSerializer(), nodeId);
        }

        void inTransaction(Runnable work) {
            transactions.executeInTransaction(work);
        }
    }
}
