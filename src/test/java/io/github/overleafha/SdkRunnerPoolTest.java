package io.github.overleafha;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SdkRunnerPoolTest {

    @Test
    void raisesThePoolToFourWorkersAndKeepsALargerOne() {
        assertThat(SdkRunnerPool.parallelism(null)).isEqualTo("4");
        assertThat(SdkRunnerPool.parallelism("1")).isEqualTo("4");
        assertThat(SdkRunnerPool.parallelism("2")).isEqualTo("4");
        assertThat(SdkRunnerPool.parallelism("3")).isEqualTo("4");
        assertThat(SdkRunnerPool.parallelism("4")).isEqualTo("4");
        assertThat(SdkRunnerPool.parallelism("16")).isEqualTo("16");
        assertThat(SdkRunnerPool.parallelism("many")).isEqualTo("4");
    }

    /** In a JVM started with two workers (the launcher's flags; a 3-core machine's default), as the engine path does. */
    @Test
    void takesEffectInAJvmStartedWithTwoWorkers() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-D" + SdkRunnerPool.PARALLELISM + "=2",
                "-cp", System.getProperty("java.class.path"), ReportPool.class.getName()))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo("4");
    }

    /** Reserves the pool the way App's engine path does, then prints the common pool's parallelism. */
    public static final class ReportPool {
        public static void main(String[] args) {
            SdkRunnerPool.reserve();
            System.out.println(ForkJoinPool.getCommonPoolParallelism());
        }
    }
}
