package io.caseledger.app.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The event store's database: the embedded PostgreSQL unless {@code CASELEDGER_POSTGRES_URL} names one;
 * either way the same pool, the same schema migrations and the same transactions. Not on the
 * {@code axonserver} profile, where Axon Server is the event store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class PostgresConfig {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${caseledger.postgres.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgres(PostgresSettings settings) {
        return new EmbeddedPostgresServer(settings.embedded());
    }

    /** The pool, with the schema migrated before anything can use it. */
    @Bean(destroyMethod = "close")
    DataSource eventStoreDataSource(PostgresSettings settings, Optional<EmbeddedPostgresServer> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("event-store");
        config.setJdbcUrl(settings.external() ? settings.url() : embedded.orElseThrow().jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(false);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore").load().migrate();
        return dataSource;
    }

    /** Commands run in one database transaction: the aggregate's events are stored all or none. */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
