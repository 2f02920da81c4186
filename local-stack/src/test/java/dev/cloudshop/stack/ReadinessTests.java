package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessTests {

    @Test
    void condensesAJsonLogLineToLevelMessagesAndRootCause() {
        String line = "{\"@timestamp\":\"2026-11-25T11:37:12Z\",\"log\":{\"level\":\"ERROR\",\"logger\":\"x\"},"
                + "\"message\":\"Application run failed\",\"error\":{\"type\":\"BeanCreationException\","
                + "\"message\":\"Error creating bean \\\"a\\\"\",\"stack_trace\":\"BeanCreationException\\n\\tat a.b\\n"
                + "Caused by: java.lang.ClassNotFoundException: org.example.Missing\\n\\tat c.d\\n\"}}";

        assertThat(Readiness.condensed(line)).isEqualTo("ERROR | Application run failed | Error creating bean \"a\""
                + " | Caused by: java.lang.ClassNotFoundException: org.example.Missing");
    }

    @Test
    void keepsAPlainLogLineAsItIs() {
        assertThat(Readiness.condensed("2026-11-25 LOG:  database system is ready")).isEqualTo("2026-11-25 LOG:  database system is ready");
    }

    @Test
    void shortensVeryLongLines() {
        assertThat(Readiness.condensed("x".repeat(1000))).hasSize(304).endsWith(" ...");
    }
}
