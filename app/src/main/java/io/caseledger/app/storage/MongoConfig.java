package io.caseledger.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One MongoClient for events, tokens and read models; the embedded server only when no URI is set. */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${caseledger.mongodb.uri:}'.isBlank()")
    EmbeddedMongo embeddedMongo(MongoSettings settings) {
        return new EmbeddedMongo(settings.embedded());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoSettings settings, Optional<EmbeddedMongo> embedded) {
        String uri = settings.external() ? settings.uri() : embedded.orElseThrow().connectionString();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applicationName("caseledger")
                .build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, MongoSettings settings) {
        return client.getDatabase(settings.database());
    }
}
