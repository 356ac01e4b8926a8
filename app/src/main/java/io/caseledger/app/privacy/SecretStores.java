package io.caseledger.app.privacy;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Where secrets live: beside the record in PostgreSQL when there is one, else in MongoDB (Axon Server profile). */
@Configuration(proxyBeanMethods = false)
class SecretStores {

    @Bean
    @Qualifier("subjectKeyStore")
    SecretStore subjectKeyStore(ObjectProvider<DataSource> record, MongoDatabase readModels) {
        return store(record, "subject_key", readModels, "subject_keys");
    }

    @Bean
    @Qualifier("installationSecrets")
    SecretStore installationSecrets(ObjectProvider<DataSource> record, MongoDatabase readModels) {
        return store(record, "installation_secret", readModels, "settings");
    }

    private static SecretStore store(ObjectProvider<DataSource> record, String table, MongoDatabase readModels, String collection) {
        DataSource dataSource = record.getIfAvailable();
        return dataSource != null ? new JdbcSecretStore(dataSource, table) : new MongoSecretStore(readModels, collection);
    }
}
