package org.qinqing.hall.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hall's Ed25519 key for signing audit anchors (the JDK's own, no library): generated on first
 * use into {@code data/hall/audit-anchor.key} (owner-only) and {@code audit-anchor.pub}. Public
 * keys of earlier keys, moved to {@code data/hall/audit-anchor-retired/*.pub} when the key is
 * rotated, still verify the anchors they signed.
 */
final class AnchorKey {
    private final Path dir;
    private PrivateKey privateKey;
    private PublicKey publicKey;

    AnchorKey(Path dir) {
        this.dir = dir;
    }

    Path privateFile() {
        return dir.resolve("audit-anchor.key");
    }

    Path publicFile() {
        return dir.resolve("audit-anchor.pub");
    }

    Path retiredDir() {
        return dir.resolve("audit-anchor-retired");
    }

    /** Loads the key, generating it first if there is none. */
    synchronized void load() {
        if (privateKey != null) {
            return;
        }
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            if (!Files.exists(privateFile())) {
                generate();
            }
            privateKey = kf.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile())));
            publicKey = kf.generatePublic(new X509EncodedKeySpec(decode(publicFile())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit anchor key in " + dir + " cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit anchor key in " + dir + " cannot be read", e);
        }
    }

    private void generate() throws GeneralSecurityException, IOException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("audit-anchor.key.tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n", StandardCharsets.US_ASCII);
        Files.writeString(publicFile(), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, privateFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the id of the current key */
    String id() {
        load();
        return id(publicKey);
    }

    /** @return the base64 Ed25519 signature of the text */
    String sign(String text) {
        load();
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** @return whether the signature is good under the key with that id (current or retired) */
    boolean verify(String keyId, String text, String signature) {
        PublicKey key = known().get(keyId);
        if (key == null || signature == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** @return every public key that may have signed an anchor, by id */
    private Map<String, PublicKey> known() {
        load();
        Map<String, PublicKey> out = new LinkedHashMap<>();
        out.put(id(publicKey), publicKey);
        if (Files.isDirectory(retiredDir())) {
            try (Stream<Path> files = Files.list(retiredDir())) {
                KeyFactory kf = KeyFactory.getInstance("Ed25519");
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".pub"))::iterator) {
                    PublicKey k = kf.generatePublic(new X509EncodedKeySpec(decode(f)));
                    out.put(id(k), k);
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("a retired anchor key in " + retiredDir() + " cannot be read", e);
            }
        }
        return out;
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    }

    static String id(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
