package org.consigna.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Connection settings from MicroProfile Config ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} in the environment). */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String user;

    @Inject
    @ConfigProperty(name = "db.password")
    String password;

    public DatabaseSettings() {
    }

    public DatabaseSettings(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
