package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice's own Accept All and Reject All (the dispatcher's {@code .uno:AcceptAllTrackedChanges} and
 * {@code .uno:RejectAllTrackedChanges}), run by a Basic macro in a user profile of the test's own, and the result
 * saved as Word: a reviewer's word processor, not the test's model of one ({@link ReviewedDocument}).
 */
final class LibreOfficeReview {
    private static final String MODULE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
            <script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
            script:language="StarBasic">
            Sub Review(inUrl As String, outUrl As String, accept As String)
              Dim args(0) As New com.sun.star.beans.PropertyValue
              args(0).Name = &quot;Hidden&quot;
              args(0).Value = True
              doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
              dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
              Dim none(0) As New com.sun.star.beans.PropertyValue
              If accept = &quot;1&quot; Then
                dispatcher.executeDispatch(doc.CurrentController.Frame, &quot;.uno:AcceptAllTrackedChanges&quot;, \
            &quot;&quot;, 0, none())
              Else
                dispatcher.executeDispatch(doc.CurrentController.Frame, &quot;.uno:RejectAllTrackedChanges&quot;, \
            &quot;&quot;, 0, none())
              End If
              Dim save(0) As New com.sun.star.beans.PropertyValue
              save(0).Name = &quot;FilterName&quot;
              save(0).Value = &quot;MS Word 2007 XML&quot;
              doc.storeToURL(outUrl, save())
              doc.close(True)
            End Sub
            </script:module>
            """;

    private final Path profile;

    private LibreOfficeReview(Path profile) {
        this.profile = profile;
    }

    /** A user profile in {@code dir} with the macro (LibreOffice makes the profile on a first start). */
    static LibreOfficeReview in(Path dir) throws Exception {
        Path profile = dir.resolve("profile");
        run(List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--terminate_after_init"));
        Path module = profile.resolve("user/basic/Standard/Module1.xba");
        assertThat(module).as("LibreOffice's user profile").exists();
        Files.writeString(module, MODULE, StandardCharsets.UTF_8);
        return new LibreOfficeReview(profile);
    }

    byte[] acceptedAll(byte[] docx, Path dir) throws Exception {
        return reviewed(docx, dir, true);
    }

    byte[] rejectedAll(byte[] docx, Path dir) throws Exception {
        return reviewed(docx, dir, false);
    }

    private byte[] reviewed(byte[] docx, Path dir, boolean accept) throws Exception {
        Path in = Files.createTempFile(dir, "tracked", ".docx");
        Path out = dir.resolve(in.getFileName() + (accept ? "-accepted.docx" : "-rejected.docx"));
        Files.write(in, docx);
        run(List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(),
                "macro:///Standard.Module1.Review(\"" + in.toUri() + "\",\"" + out.toUri() + "\",\""
                        + (accept ? "1" : "0") + "\")"));
        assertThat(out).as("LibreOffice saved the reviewed document").exists();
        return Files.readAllBytes(out);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish: " + command);
        }
    }
}
