package dev.cloudshop.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/get-token.sh, as the README tells a newcomer to run it, against this server: the
 * token it prints must pass a resource server's checks.
 */
class GetTokenScriptIntegrationTests extends AuthServiceIntegrationTest {

	private static final Path SCRIPT = Path.of("../scripts/get-token.sh");

	@TempDir
	Path output;

	@Test
	void isExecutable() {
		assertThat(SCRIPT).isRegularFile();
		assertThat(Files.isExecutable(SCRIPT)).as("executable bit of " + SCRIPT).isTrue();
	}

	@Test
	void printsACustomerAccessTokenThatResourceServersAccept() throws Exception {
		ScriptRun run = run(Map.of(), "alice");

		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.stdout()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\n");
		Jwt token = this.resourceServer.verify(run.stdout().strip());
		assertThat(token.getSubject()).isEqualTo(ALICE_ID);
		assertThat(token.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
	}

	@Test
	void printsAnAdminAccessTokenWithAGivenPassword() throws Exception {
		ScriptRun run = run(Map.of(), "admin", DEMO_PASSWORD);

		assertThat(run.exitCode()).as(run.stderr()).isZero();
		Jwt token = this.resourceServer.verify(run.stdout().strip());
		assertThat(token.getSubject()).isEqualTo(ADMIN_ID);
		assertThat(token.getClaimAsStringList("roles")).containsExactly("ADMIN");
	}

	@Test
	void takesThePasswordFromTheEnvironment() throws Exception {
		ScriptRun run = run(Map.of("CLOUDSHOP_PASSWORD", "not-his-password"), "bob");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("sign-in refused for bob");
	}

	@Test
	void printsNothingButAReasonForAWrongPassword() throws Exception {
		ScriptRun run = run(Map.of(), "alice", "not-her-password");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).isEmpty();
		assertThat(run.stderr()).contains("sign-in refused for alice");
	}

	@Test
	void saysSoWhenTheServerIsNotThere() throws Exception {
		ScriptRun run = run(Map.of("AUTH_URL", "http://127.0.0.1:9"), "alice");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).isEmpty();
		assertThat(run.stderr()).contains("cannot reach http://127.0.0.1:9");
	}

	private ScriptRun run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
		Path stdout = this.output.resolve("stdout");
		Path stderr = this.output.resolve("stderr");
		String[] command = new String[arguments.length + 2];
		command[0] = "bash";
		command[1] = SCRIPT.toString();
		System.arraycopy(arguments, 0, command, 2, arguments.length);
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		builder.environment().remove("CLOUDSHOP_PASSWORD");
		builder.environment().put("AUTH_URL", baseUrl());
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("get-token.sh did not finish within 60 s: " + Files.readString(stderr));
		}
		return new ScriptRun(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
	}

	private record ScriptRun(int exitCode, String stdout, String stderr) {
	}

}
