package dev.cloudshop.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.config.server.EnableConfigServer;

/**
 * Serves the files in config-repo/ to every Cloudshop service, as they are written: values in
 * {@code ${...}} reach each service unresolved and are resolved there, from its own environment,
 * so no secret has to live in the repository or pass through this server.
 */
@SpringBootApplication
@EnableConfigServer
public class ConfigApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConfigApplication.class, args);
    }

}
