package org.qinqing.hall.parties.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.IdentityCheck;
import org.qinqing.hall.api.NewMaterial;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

public class PartyServiceTest {
    private static final String PERSON = "44030519900101123X";
    private static final String COMPANY = "91440300123456788M";
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    private static final Actor SUPERVISOR = Actor.staff("supervisor", Set.of("supervisor"), null, null);
    private static JdbcDatabase db;
    private static PartyService parties;
    private static VaultService vault;

    @BeforeClass
    public static void start() {
        db = TestStore.started(TestStore.fresh(), java.time.Instant::now);
        parties = new PartyService(db, java.time.Instant::now, TestStore.module(PartyService.class, "parties"));
        parties.start();
        vault = new VaultService(db, parties, java.time.Instant::now, 1024);
    }

    @AfterClass
    public static void stop() throws Exception {
        db.stop();
    }

    @Test
    public void aProfileIsVersionedAndNeverSilentlyOverwritten() {
        String n = "440305198503151246";
        PartyProfile v1 = parties.save(n, 0, "李华", Map.of("phone", "13800138000"), CLERK);
        assertEquals(1, v1.version());
        PartyProfile v2 = parties.save(n, 1, "李华", Map.of("phone", "13900139000", "address", "深圳市南山区"), CLERK);
        assertEquals(2, v2.version());
        try {
            parties.save(n, 1, "李华", Map.of("phone", "13700137000"), CLERK);
            fail("a stale version overwrote the profile");
        } catch (HallException e) {
            assertEquals(HallException.Kind.CONFLICT, e.kind());
        }
        assertEquals("13900139000", parties.find(n).get().fields().get("phone"));
        assertEquals("13800138000", parties.history(n).get(0).fields().get("phone"));
        assertEquals("clerk", parties.history(n).get(0).changedBy());
    }

    @Test
    public void aNewProfileIsKeptFromItsCommitAsTheDatabaseHoldsIt() {
        String n = person("19880720");
        assertTrue("no profile yet (remembered as missing)", parties.find(n).isEmpty());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("phone", "13800138000");
        fields.put("address", "深圳市南山区");
        PartyProfile made = parties.save(n, 0, "王芳", fields, CLERK);
        // a change behind the service is not seen: the profile is the one kept when its creation committed
        db.write(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("UPDATE party SET name = ? WHERE number = ?")) {
                ps.setString(1, "改名");
                ps.setString(2, n);
                return ps.executeUpdate();
            }
        });
        PartyProfile kept = parties.find(n).orElseThrow();
        assertEquals(made, kept);
        assertEquals(List.copyOf(fields.keySet()), List.copyOf(kept.fields().keySet()));
        PartyProfile stored = new PartyService(db, java.time.Instant::now, TestStore.module(PartyService.class, "parties")).find(n)
                .orElseThrow();
        assertEquals("改名", stored.name());
        assertEquals(new PartyProfile(stored.number(), stored.kind(), "王芳", stored.fields(), stored.version(), stored.updatedAt(),
                stored.updatedBy(), stored.channel()), kept);
    }

    @Test
    public void aReadSeesEveryCommittedChangeOfAProfileItReadBefore() {
        String n = person("19870611");
        assertTrue("no profile yet", parties.find(n).isEmpty());
        assertTrue("still none: the missing profile is remembered", parties.find(n).isEmpty());
        parties.save(n, 0, "赵六", Map.of("phone", "13800138001"), CLERK);
        assertEquals("a created profile is found at once", 1, parties.find(n).orElseThrow().version());
        parties.save(n, 1, "赵六", Map.of("phone", "13800138002"), CLERK);
        assertEquals("13800138002", parties.find(n).orElseThrow().fields().get("phone"));
        try {
            parties.find(n).orElseThrow().fields().put("phone", "0");
            fail("a profile read is shared by later reads: it must not be changeable");
        } catch (UnsupportedOperationException expected) {
            // as the test wants
        }
    }

    /** A read that waits for a profile being created must not leave "no profile" behind. */
    @Test
    public void aProfileCreatedWhileItIsReadIsNotRememberedAsMissing() throws Exception {
        String n = person("19880712");
        assertTrue(parties.find(n).isEmpty());
        java.util.concurrent.CountDownLatch inserted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<java.util.Optional<PartyProfile>> during = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    await(inserted);
                    reading.countDown();
                    return parties.find(n);
                });
        db.write(tx -> {
            parties.ensure(tx, org.qinqing.hall.api.identity.PartyNumber.parse(n, LocalDate.now()), "钱七", Map.of(), CLERK);
            inserted.countDown();
            await(reading);
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L); // the read now waits for the new row's lock
            return null;
        });
        assertEquals("钱七", during.get(30, java.util.concurrent.TimeUnit.SECONDS).orElseThrow().name());
        assertEquals("钱七", parties.find(n).orElseThrow().name());
    }

    @Test
    public void aProfileEnsuredTwiceInOneUnitIsCreatedOnceAsItIsThenRead() {
        String n = person("19890813");
        org.qinqing.hall.api.identity.PartyNumber p = org.qinqing.hall.api.identity.PartyNumber.parse(n, LocalDate.now());
        PartyProfile[] twice = db.write(tx -> new PartyProfile[] {
            parties.ensure(tx, p, " 孙八 ", Map.of("phone", "13800138003"), CLERK),
            parties.ensure(tx, p, "孙八", Map.of(), CLERK)});
        assertEquals(twice[0], twice[1]);
        assertEquals(twice[0], parties.find(n).orElseThrow());
        assertEquals(1, twice[0].version());
    }

    @Test
    public void aVaultMaterialIsFoundOnceStored() {
        assertTrue(vault.get(987_654_321L).isEmpty());
        VaultMaterial m = vault.store(new NewMaterial(PERSON, "household-register", "户口簿", "", null, "application/pdf",
                "%PDF-1.4 hukou".getBytes(StandardCharsets.US_ASCII), Map.of("page", "1"), null), CLERK);
        assertEquals(m, vault.get(m.id()).orElseThrow());
        assertEquals(m, vault.get(m.id()).orElseThrow());
        // kept from its commit as the database holds it, attributes in their order
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("page", "1");
        attributes.put("caseNumber", "X1");
        attributes.put("issuedBy", "户籍科");
        VaultMaterial issued = vault.store(new NewMaterial(PERSON, "transfer-card", "准迁证", "公安局", null, "application/pdf",
                "%PDF-1.4 card".getBytes(StandardCharsets.US_ASCII), attributes, null), CLERK);
        VaultMaterial kept = vault.get(issued.id()).orElseThrow();
        VaultMaterial stored = new VaultService(db, parties, java.time.Instant::now, 1024).get(issued.id()).orElseThrow();
        assertEquals(stored, kept);
        assertEquals(List.copyOf(stored.attributes().keySet()), List.copyOf(kept.attributes().keySet()));
    }

    private static String person(String birthday) {
        String body = "440305" + birthday + "021";
        return body + org.qinqing.hall.api.identity.ResidentIds.checkCharacter(body);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void unknownOrInvalidProfileFieldsAreRefusedNamingTheField() {
        expectField("fields.salary", () -> parties.save(PERSON, 0, "张三", Map.of("salary", "1"), CLERK));
        expectField("fields.phone", () -> parties.save(PERSON, 0, "张三", Map.of("phone", "12345"), CLERK));
        expectField("fields.legalRepresentativeId", () -> parties.save(COMPANY, 0, "某公司",
                Map.of("legalRepresentativeId", "440305199001011230"), CLERK));
        expectField("name", () -> parties.save(PERSON, 0, " ", Map.of(), CLERK));
    }

    @Test
    public void aSupervisorMayAcceptACreditCodeThatFailsItsCheck() {
        String bad = "91440300123456788N";
        IdentityCheck before = parties.check(bad);
        assertFalse(before.valid());
        assertEquals("enterprise", before.kind());
        assertTrue(before.message(), before.message().contains("校验码错误"));
        try {
            parties.overrideCreditCode(bad, "营业执照原件已核验", CLERK);
            fail("a clerk overrode a credit code");
        } catch (HallException e) {
            assertEquals(HallException.Kind.FORBIDDEN, e.kind());
        }
        parties.overrideCreditCode(bad, "营业执照原件已核验", SUPERVISOR);
        assertTrue(parties.check(bad).valid());
        assertTrue(parties.check(bad).overridden());
        assertEquals(bad, parties.parse(bad, "applicantNumber").value());
        assertTrue(db.forSubject(Subjects.party(bad)).stream().anyMatch(e -> e.action().equals("credit-code-override")));
    }

    @Test
    public void anAgentMustBeAPersonActingForAnEnterprise() {
        parties.addAgent(COMPANY, PERSON, null, CLERK);
        assertEquals(PERSON, parties.agents(COMPANY).get(0).agent());
        expectField("enterprise", () -> parties.addAgent(PERSON, PERSON, null, CLERK));
    }

    @Test
    public void theVaultStoresAMaterialOnceAndChecksItsContent() {
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        VaultMaterial a = vault.store(material(pdf, "application/pdf", null), CLERK);
        VaultMaterial b = vault.store(material(pdf, "application/pdf", null), CLERK);
        assertEquals(a.id(), b.id());
        assertEquals(1, vault.list(PERSON).stream().filter(m -> m.kind().equals("degree-certificate")).count());
        assertEquals("%PDF-1.4 test", new String(vault.content(a.id()), StandardCharsets.US_ASCII));
        expectField("contentType", () -> vault.store(material("MZ executable".getBytes(StandardCharsets.US_ASCII), "application/pdf", null), CLERK));
        expectField("validUntil", () -> vault.store(material(pdf, "application/pdf", LocalDate.of(2020, 1, 1)), CLERK));
        try {
            vault.store(material(new byte[2048], "application/pdf", null), CLERK);
            fail();
        } catch (HallException e) {
            assertEquals(HallException.Kind.TOO_LARGE, e.kind());
        }
    }

    private static NewMaterial material(byte[] content, String type, LocalDate validUntil) {
        return new NewMaterial(PERSON, "degree-certificate", "学士学位证书", "深圳大学", validUntil, type, content, Map.of(), null);
    }

    private static void expectField(String field, Runnable r) {
        try {
            r.run();
            fail("accepted");
        } catch (HallException e) {
            assertEquals(e.getMessage(), field, e.field());
        }
    }

    static List<String> unused() {
        return List.of();
    }
}
