package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.spi.Applicant;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.ProvidedMaterial;

/** The {@link Application} handed to department handlers. */
record HandlerApplication(Item item, Applicant applicant, Map<String, Object> form, List<ProvidedMaterial> materials,
        Channel channel, LocalDate date, String caseNumber) implements Application {

    /** The applicant as handlers see them. */
    record Party(PartyNumber party, String name, Map<String, String> profile) implements Applicant {
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
