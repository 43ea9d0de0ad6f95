package org.qinqing.hall.dept.market;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.market.Fixtures.COMPANY;
import static org.qinqing.hall.dept.market.Fixtures.DAY;
import static org.qinqing.hall.dept.market.Fixtures.DEPT;
import static org.qinqing.hall.dept.market.Fixtures.MAN_36;
import static org.qinqing.hall.dept.market.Fixtures.app;
import static org.qinqing.hall.dept.market.Fixtures.handler;
import static org.qinqing.hall.dept.market.Fixtures.item;

import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;

/** Contract, catalogue quota (docs/catalogue-quotas.md) and the items other departments build on. */
public class MarketDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals("market", DEPT.code());
        assertEquals(Level.MUNICIPAL, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(24, items.size());
        assertEquals(19, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(11, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(9, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(9, items.stream().filter(Item::halvedLimit).count());
        for (Item i : items) {
            assertTrue(i.code() + " max visits", i.maxVisits() <= 1);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is a legal-person item and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (!i.halvedLimit()) {
                assertTrue(i.code() + " is not halved, so promised*2 > legal", i.promisedLimit() * 2 > i.legalLimit());
            }
        }
    }

    @Test
    public void everyInstantItemHasAHandlerThatApprovesInstantly() {
        for (Item i : DEPT.items()) {
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertTrue(i.code(), DEPT.handler(i.code()).approvesInstantly(app(i.code(), i.party() == PartyType.PERSON ? MAN_36 : COMPANY).build()));
            }
        }
    }

    @Test
    public void offersTheItemsOfTheRestaurantBundleWithTheSharedVaultKinds() {
        Item registration = item(MarketItems.BUSINESS_REGISTRATION);
        assertEquals(PartyType.BOTH, registration.party());
        assertTrue(registration.has(Flag.FULLY_ONLINE));
        Item food = item(MarketItems.FOOD_BUSINESS_LICENCE);
        assertEquals(PartyType.ENTERPRISE, food.party());
        assertEquals("business-licence", food.material("business-licence").kind());
        assertTrue(food.material("business-licence").reusable());
        assertEquals("food-business-licence", handler(MarketItems.FOOD_BUSINESS_LICENCE)
                .issue(LicensingRulesTest.restaurant().build()).get(0).kind());
        assertEquals(DAY, LicensingRulesTest.restaurant().build().date());
    }
}
