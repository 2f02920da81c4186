package dev.cloudshop.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders a kustomization with `kubectl kustomize`, offline (it needs no cluster), exactly as
 * `kubectl apply -k` would before sending the objects. Each directory is rendered once per run.
 */
final class Kustomize {

	private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

	private Kustomize() {
	}

	/** The overlays users apply: every folder under k8s/overlays. */
	static List<String> overlays() {
		try (Stream<Path> dirs = Files.list(Repository.path("k8s/overlays"))) {
			return dirs.filter(Files::isDirectory).map(dir -> "k8s/overlays/" + dir.getFileName()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Map<String, Object>> render(String directory) {
		return RENDERED.computeIfAbsent(directory, Kustomize::run);
	}

	private static List<Map<String, Object>> run(String directory) {
		Path dir = Repository.path(directory);
		try {
			Path err = Files.createTempFile("kustomize", ".err");
			Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
				.redirectError(err.toFile())
				.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 60 s");
			}
			String errors = Files.readString(err);
			Files.delete(err);
			if (process.exitValue() != 0) {
				throw new IllegalStateException("kubectl kustomize " + directory + " failed:\n" + errors);
			}
			return List.copyOf(Yaml.loadAll(out));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run kubectl (it renders k8s/ offline; it must be on the PATH)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
