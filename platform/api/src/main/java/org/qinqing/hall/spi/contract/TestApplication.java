package org.qinqing.hall.spi.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.spi.Applicant;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * An {@link Application} for department unit tests, built the way the platform builds one:
 *
 * <pre>{@code
 * Application a = TestApplication.of(item).applicant("440524199001010013").on(LocalDate.of(2026, 3, 2))
 *         .form("education", "本科").form("graduationDate", "2012-07-01").allMaterials().build();
 * assertEquals(List.of(), handler.review(a));
 * }</pre>
 */
public final class TestApplication {
    private final Item item;
    private String number = "11010519491231002X";
    private String name = "测试申请人";
    private LocalDate date = LocalDate.of(2026, 3, 2);
    private Channel channel = Channel.COUNTER;
    private final Map<String, Object> rawForm = new LinkedHashMap<>();
    private final List<ProvidedMaterial> materials = new ArrayList<>();
    private final Map<String, String> profile = new LinkedHashMap<>();

    private TestApplication(Item item) {
        this.item = item;
    }

    /** @param item the item applied for @return a builder */
    public static TestApplication of(Item item) {
        return new TestApplication(item);
    }

    /** @param value resident ID number or credit code @return this builder */
    public TestApplication applicant(String value) {
        this.number = value;
        return this;
    }

    /** @param value applicant name @return this builder */
    public TestApplication name(String value) {
        this.name = value;
        return this;
    }

    /** @param value the date of the application @return this builder */
    public TestApplication on(LocalDate value) {
        this.date = value;
        return this;
    }

    /** @param value the channel @return this builder */
    public TestApplication channel(Channel value) {
        this.channel = value;
        return this;
    }

    /** @param key field key @param value as JSON would carry it (dates as strings) @return this builder */
    public TestApplication form(String key, Object value) {
        rawForm.put(key, value);
        return this;
    }

    /** @param key profile attribute @param value its value @return this builder */
    public TestApplication profile(String key, String value) {
        profile.put(key, value);
        return this;
    }

    /** @param code material code of the item, handed in without expiry @return this builder */
    public TestApplication material(String code) {
        return material(code, null, Map.of());
    }

    /**
     * @param code material code of the item
     * @param validUntil last valid day, or {@code null}
     * @param attributes attributes the material carries
     * @return this builder
     */
    public TestApplication material(String code, LocalDate validUntil, Map<String, String> attributes) {
        Material m = item.material(code);
        if (m == null) {
            throw new IllegalArgumentException(item.code() + " has no material " + code);
        }
        materials.add(new Provided(code, m.kind(), m.name(), validUntil, Map.copyOf(attributes)));
        return this;
    }

    /** @return this builder, with every material of the item handed in */
    public TestApplication allMaterials() {
        for (Material m : item.materials()) {
            material(m.code());
        }
        return this;
    }

    /**
     * @return the application
     * @throws IllegalArgumentException when a form value is invalid for its field, as intake would refuse it
     */
    public Application build() {
        PartyNumber party = PartyNumber.parse(number, date);
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : rawForm.entrySet()) {
            FormField f = item.fields().stream().filter(x -> x.key().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(item.code() + " has no field " + e.getKey()));
            typed.put(e.getKey(), FormValues.convert(f, e.getValue(), date));
        }
        Applicant applicant = new TestApplicant(party, name, Map.copyOf(profile));
        return new Built(item, applicant, Map.copyOf(typed), List.copyOf(materials), channel, date);
    }

    private record Built(Item item, Applicant applicant, Map<String, Object> form, List<ProvidedMaterial> materials,
            Channel channel, LocalDate date) implements Application {
        @Override
        public String caseNumber() {
            return "TEST-0001";
        }
    }

    private record Provided(String code, String kind, String title, LocalDate validUntil, Map<String, String> attributes)
            implements ProvidedMaterial {
        @Override
        public String issuer() {
            return "";
        }

        @Override
        public boolean fromVault() {
            return false;
        }
    }

    private record TestApplicant(PartyNumber party, String name, Map<String, String> profile) implements Applicant {
        @Override
        public String number() {
            return party.value();
        }

        @Override
        public PartyType kind() {
            return party.kind();
        }

        @Override
        public LocalDate birthDate() {
            return party.birthDate();
        }

        @Override
        public int ageOn(LocalDate on) {
            return party.ageOn(on);
        }

        @Override
        public boolean male() {
            return party.male();
        }

        @Override
        public String regionCode() {
            return party.regionCode();
        }
    }
}
