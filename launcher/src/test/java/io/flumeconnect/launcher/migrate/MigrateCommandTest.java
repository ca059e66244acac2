package io.flumeconnect.launcher.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.LauncherHome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's exit status and what it writes, without a cluster. */
class MigrateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    private int migrate(String corpusCase, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of(Corpus.ROOT.resolve(corpusCase).resolve("flume.conf").toString(),
                "--out=" + dir.resolve("out")));
        args.addAll(List.of(options));
        return new MigrateCommand().run(args, LauncherHome.fromSystemProperties());
    }

    @Test
    void aFullyMappedFileExitsZeroAndWritesConnectorsTopicsAndReport() throws Exception {
        assertThat(migrate("exec-file-roll")).isZero();

        assertThat(dir.resolve("out/connectors")).isDirectoryContaining("glob:**/app-follow.json")
                .isDirectoryContaining("glob:**/app-roll.json");
        assertThat(dir.resolve("out/topics.json")).content().contains("flume-app-disk");
        assertThat(dir.resolve("out/migration-report.md")).content()
                .contains("files=/var/log/app/app.log,/var/log/app/audit.log, start.position=end");
    }

    @Test
    void secretsGoToAnOwnerOnlyFileTheConnectorsReferToAndNeverIntoTheReport() throws Exception {
        migrate("network-sources");

        Path secrets = dir.resolve("out/secrets.properties");
        assertThat(Files.getPosixFilePermissions(secrets)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Properties values = new Properties();
        try (var reader = Files.newBufferedReader(secrets)) {
            values.load(reader);
        }
        assertThat(values).containsEntry("gw-rpc.tls.keystore.password", "changeit");
        assertThat(dir.resolve("out/connectors/gw-rpc.json")).content().contains("\"tls.keystore.password\" : \"${file:"
                + secrets.toAbsolutePath() + ":gw-rpc.tls.keystore.password}\"").doesNotContain("changeit");
        assertThat(dir.resolve("out/migration-report.md")).content().doesNotContain("changeit", "s3cr3t")
                .contains("config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider");

        assertThat(migrate("network-sources", "--secrets-file=/etc/connect/flume.properties")).isNotNegative();
        assertThat(dir.resolve("out/connectors/gw-rpc.json")).content()
                .contains("${file:/etc/connect/flume.properties:gw-rpc.tls.keystore.password}");
        assertThat(migrate("exec-file-roll")).isZero();
        assertThat(secrets).as("a run without secrets removes the file of an earlier run").doesNotExist();
    }

    @Test
    void somethingNotMappedExitsThreeUnlessToldToContinue() throws Exception {
        assertThat(migrate("unsupported-sources")).isEqualTo(MigrateCommand.UNMAPPED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not mapped: col.sources.gen (seq, line 9): "
                + "no connector in this suite: a test source");
        assertThat(dir.resolve("out/migration-report.md")).exists();

        assertThat(migrate("unsupported-sources", "--continue")).isZero();
    }

    @Test
    void anInvalidFlumeConfigurationExitsOneNamingTheLinesAndWritesNothing() throws Exception {
        Path conf = Files.writeString(dir.resolve("bad.conf"), """
                a1.sources = r1
                a1.channels = c1
                a1.sinks = k1
                a1.channels.c1.type = memory
                a1.sources.r1.type = seq
                a1.sinks.k1.type = logger
                a1.sinks.k1.channel = c2
                """);

        int status = new MigrateCommand().run(List.of(conf.toString(), "--out=" + dir.resolve("out")),
                LauncherHome.fromSystemProperties());

        assertThat(status).isEqualTo(MigrateCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "bad.conf:5: source r1 of agent a1 has no channels (a1.sources.r1.channels is not set)",
                "bad.conf:7: sink k1 of agent a1 reads channel c2, which a1.channels does not define",
                "bad.conf is not a valid Flume configuration; nothing was written");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void oneAgentCanBeChosen() throws Exception {
        assertThat(migrate("messy-multi-agent", "--agent=collector", "--continue")).isZero();
        assertThat(dir.resolve("out/connectors")).isDirectoryContaining("glob:**/collector-out.json")
                .isDirectoryNotContaining("glob:**/edge-r1.json");

        assertThat(migrate("messy-multi-agent", "--agent=nope")).isEqualTo(MigrateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no agent nope; its agents: [edge, collector]");
    }
}
