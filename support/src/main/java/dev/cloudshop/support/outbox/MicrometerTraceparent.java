package dev.cloudshop.support.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C {@code traceparent} of the current span, as Micrometer Tracing would propagate it, or
 * null when nothing is traced (or the propagation is not W3C).
 */
final class MicrometerTraceparent implements Supplier<String> {

	private static final String TRACEPARENT = "traceparent";

	private final ObjectProvider<Tracer> tracer;

	private final ObjectProvider<Propagator> propagator;

	MicrometerTraceparent(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	@Override
	public String get() {
		Tracer currentTracer = this.tracer.getIfUnique();
		Propagator currentPropagator = this.propagator.getIfUnique();
		if (currentTracer == null || currentPropagator == null) {
			return null;
		}
		TraceContext context = currentTracer.currentTraceContext().context();
		if (context == null) {
			return null;
		}
		Map<String, String> carrier = new HashMap<>();
		currentPropagator.inject(context, carrier, Map::put);
		return carrier.get(TRACEPARENT);
	}

}
