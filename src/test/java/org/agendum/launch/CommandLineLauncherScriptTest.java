package org.agendum.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux package's command-line launcher, bin/agendum: a script the build writes from packaging/linux/agendum.sh
 * with packaging/linux/cli-launcher.sh, which takes the class path, the main class and the exports and opens from
 * the main launcher's cfg. Here it runs in an image of its own making, under a folder with a space in its name,
 * with a stand-in for the runtime's java that prints what it was given.
 */
class CommandLineLauncherScriptTest {
    private static final Path GENERATOR = Path.of("packaging/linux/cli-launcher.sh");
    private static final Path TEMPLATE = Path.of("packaging/linux/agendum.sh");

    @TempDir
    Path folder;
    private Path image;

    @BeforeEach
    void anImageAsJpackageMakesIt() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/bin/bash")), "a Unix shell");
        image = Files.createDirectories(folder.resolve("with space/Agendum")).toRealPath();
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/Agendum.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/agendum.jar",
                "app.mainclass=org.agendum.launch.Launcher",
                "app.classpath=$APPDIR/lib/jackson-core-2.18.2.jar",
                "app.classpath=$APPDIR/lib/picocli-4.7.7.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:+UseSerialGC",
                "java-options=-Xms16m",
                "java-options=--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "java-options=--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED",
                "java-options=-XX:SharedArchiveFile=$APPDIR/agendum.jsa",
                ""), StandardCharsets.UTF_8);
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\nexit 7\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void itStartsTheRuntimesJavaWithTheMainLaunchersClassPathAndEveryArgumentAsGiven() throws Exception {
        assertThat(run(List.of("bash", GENERATOR.toString(), image.toString(), TEMPLATE.toString())).exit()).isZero();
        Path link = Files.createDirectories(folder.resolve("elsewhere")).resolve("agendum");
        Files.createSymbolicLink(link, image.resolve("bin/agendum"));
        List<String> args = List.of("export", "my meeting.agendum", "-o", "$HOME/*.docx", "", "quo\"te'd", "--force");

        List<String> command = new ArrayList<>(List.of(link.toString()));
        command.addAll(args);
        Run run = run(command);

        String app = image + "/lib/app";
        List<String> expected = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m",
                "-XX:-UsePerfData", "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED", "-XX:SharedArchiveFile=" + app + "/agendum-cli.jsa",
                "-Xlog:cds*=off", "-cp", app + "/agendum.jar:" + app + "/lib/jackson-core-2.18.2.jar:" + app
                        + "/lib/picocli-4.7.7.jar", "org.agendum.launch.Launcher"));
        expected.addAll(args);
        assertThat(run.exit()).as("java's exit code, passed on").isEqualTo(7);
        assertThat(run.output().lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void aRuntimeWithoutJavaIsRefusedAtBuildTime() throws Exception {
        Files.delete(image.resolve("lib/runtime/bin/java"));

        Run run = run(List.of("bash", GENERATOR.toString(), image.toString(), TEMPLATE.toString()));

        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("has no bin/java");
        assertThat(image.resolve("bin/agendum")).doesNotExist();
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
