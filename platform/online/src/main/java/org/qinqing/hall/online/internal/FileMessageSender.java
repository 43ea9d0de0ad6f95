package org.qinqing.hall.online.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.spi.MessageSender;

/**
 * The shipped sender: appends one line per message to {@code data/hall/outbox/messages.log} —
 * time, the phone masked ({@code 138****8000}) and the text — for a hall without an SMS gateway
 * (and for tests, which read login codes from it). An SMS or WeChat sender is a bundle of its own.
 */
public class FileMessageSender implements MessageSender {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private final Path file;
    private final Clock clock;

    /** @param file the outbox file */
    public FileMessageSender(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Blueprint: {@code hall/outbox/messages.log} in Karaf's data directory ({@code data/} under the Karaf home). */
    public FileMessageSender() {
        this(Path.of(System.getProperty("karaf.data", "data"), "hall", "outbox", "messages.log"), Clock.systemUTC());
    }

    @Override
    public void send(Message message) {
        String when = OffsetDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).truncatedTo(ChronoUnit.SECONDS).format(TIME);
        String text = message.text().replace('\n', ' ').replace('\r', ' ');
        String line = when + " " + message.maskedPhone() + " " + text + "\n";
        synchronized (this) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to " + file, e);
            }
        }
    }
}
