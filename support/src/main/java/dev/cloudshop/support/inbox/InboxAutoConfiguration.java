package dev.cloudshop.support.inbox;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The idempotent consumer for a service with a DataSource: a {@link ProcessedEvents} bean and
 * an hourly purge of old ids. The table comes from {@code db/migration/inbox}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProcessedEvents processedEvents(DataSource dataSource) {
		return new JdbcProcessedEvents(dataSource, Clock.systemUTC());
	}

	@Bean
	ProcessedEventsPurge processedEventsPurge(ProcessedEvents processedEvents, InboxProperties properties) {
		return new ProcessedEventsPurge(processedEvents, properties);
	}

	/** Deletes processed ids older than the retention, on a daemon thread of its own. */
	static final class ProcessedEventsPurge implements InitializingBean, DisposableBean {

		private static final Log logger = LogFactory.getLog(ProcessedEventsPurge.class);

		private final ProcessedEvents processedEvents;

		private final InboxProperties properties;

		private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "processed-events-purge");
			thread.setDaemon(true);
			return thread;
		});

		ProcessedEventsPurge(ProcessedEvents processedEvents, InboxProperties properties) {
			this.processedEvents = processedEvents;
			this.properties = properties;
		}

		@Override
		public void afterPropertiesSet() {
			if (this.processedEvents instanceof JdbcProcessedEvents jdbc) {
				long interval = this.properties.purgeInterval().toMillis();
				this.scheduler.scheduleWithFixedDelay(() -> purge(jdbc), interval, interval, TimeUnit.MILLISECONDS);
			}
		}

		private void purge(JdbcProcessedEvents jdbc) {
			try {
				int deleted = jdbc.purgeOlderThan(this.properties.retention());
				if (deleted > 0) {
					logger.info("Purged " + deleted + " processed event ids older than " + this.properties.retention());
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Purging processed event ids failed; trying again in " + this.properties.purgeInterval(), ex);
			}
		}

		@Override
		public void destroy() {
			this.scheduler.shutdownNow();
		}

	}

}
