package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.Test;

/**
 * The console is the hall's: an admin who opens an SSH session to the real distribution sees the
 * hall's banner, a line with the version, the departments loaded and where the initial passwords
 * are, and the prompt {@code admin@hall()>}; a command run without a session ({@code ssh … command})
 * answers with its output alone.
 */
public class BrandingIT {
    private static final int SSH_PORT = 18592;
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z=>]|\u001B[=>]");

    @Test
    public void anAdminsSessionOpensWithTheHallsBannerFactsAndPrompt() throws Exception {
        try (HallProcess hall = HallProcess.unpack(Paths.get("target/branding/hall").toAbsolutePath(), 18591, SSH_PORT, Map.of());
                SshClient client = SshClient.setUpDefaultClient()) {
            hall.start();
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = login(client, hall)) {
                String screen = interactive(session);
                System.out.println(screen);

                assertTrue(screen, screen.contains("亲清政务大厅  Qinqing Hall"));
                assertFalse("Karaf's own banner: " + screen, screen.contains("Apache Karaf (4"));
                Matcher facts = Pattern.compile("Qinqing Hall (\\S+) · (\\d+) departments loaded: ([a-z0-9 -]+)").matcher(screen);
                assertTrue(screen, facts.find());
                assertEquals(System.getProperty("hall.version").replace('-', '.'), facts.group(1));
                int active = 0;
                for (com.fasterxml.jackson.databind.JsonNode d : new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(hall.get("departments", null).body())) {
                    if (d.get("status").asText().equals("ACTIVE")) {
                        active++;
                        assertTrue(d.get("code").asText(), (" " + facts.group(3) + " ").contains(" " + d.get("code").asText() + " "));
                    }
                }
                assertEquals(active, Integer.parseInt(facts.group(2)));
                assertTrue(screen, screen.contains("Initial staff passwords: " + hall.passwordFile()));
                assertTrue(screen, screen.contains("admin@hall()> "));
                assertFalse("the init script failed: " + screen, screen.contains("Error in initialization script"));
            }
            try (ClientSession session = login(client, hall)) { // logout ended the first
                String exec = session.executeRemoteCommand("hall:calendar 2026");
                assertFalse("a command without a session gets no banner: " + exec, exec.contains("Qinqing Hall"));
                assertTrue(exec, exec.contains("2026"));
            }
        }
    }

    private static ClientSession login(SshClient client, HallProcess hall) throws Exception {
        ClientSession session = client.connect("admin", "127.0.0.1", SSH_PORT).verify(Duration.ofSeconds(30)).getSession();
        session.addPasswordIdentity(hall.passwords().get("admin"));
        session.auth().verify(Duration.ofSeconds(30));
        return session;
    }

    /** Opens a shell with a terminal, reads until the prompt, logs out; @return what it showed, without colours. */
    private static String interactive(ClientSession session) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PipedOutputStream keyboard = new PipedOutputStream();
        try (ChannelShell shell = session.createShellChannel()) {
            shell.setPtyType("xterm");
            shell.setPtyColumns(200);
            shell.setIn(new PipedInputStream(keyboard));
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(Duration.ofSeconds(30));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!plain(out).contains("@hall()> ")) {
                assertTrue("no prompt within 30 s: " + plain(out), System.nanoTime() < deadline);
                Thread.sleep(100);
            }
            type(keyboard, "logout\r");
            shell.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
        }
        return plain(out);
    }

    private static void type(OutputStream keyboard, String text) throws Exception {
        keyboard.write(text.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private static String plain(ByteArrayOutputStream out) {
        return ANSI.matcher(out.toString(StandardCharsets.UTF_8)).replaceAll("").replace("\r", "");
    }
}
