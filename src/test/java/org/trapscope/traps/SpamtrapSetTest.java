package org.trapscope.traps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpamtrapSetTest {

    private final SpamtrapSet traps = SpamtrapSet.of(List.of("lilei@bsdly.net", "<WKITP98ZPU.fsf@datadok.no>"));

    @Test
    void addressMembershipIgnoresCaseAndAngleBrackets() {
        assertTrue(traps.isTrap("lilei@bsdly.net"));
        assertTrue(traps.isTrap("<LiLei@BSDLY.NET>"));
        assertTrue(traps.isTrap("wkitp98zpu.fsf@datadok.no"));
        assertFalse(traps.isTrap("lilei@datadok.no"));
        assertFalse(traps.isTrap("peter@bsdly.net"));
        assertFalse(traps.isTrap("not an address"));
    }

    @Test
    void aUserNameIsATrapWhenItIsTheLocalPartOfAnyTrap() {
        assertTrue(traps.isTrapUser("lilei"));
        assertTrue(traps.isTrapUser("LiLei"));
        assertTrue(traps.isTrapUser("WKITP98ZPU.FSF"));
        assertFalse(traps.isTrapUser("peter"));
        assertFalse(traps.isTrapUser(""));
        assertFalse(traps.isTrapUser("lile"));
    }

    @Test
    void aUserNameThatIsAnAddressMustBeThatTrap() {
        assertTrue(traps.isTrapUser("LILEI@bsdly.net"));
        assertFalse(traps.isTrapUser("lilei@example.com"));
    }

    @Test
    void mergingCombinesSourcesAndDropsDuplicates() {
        SpamtrapSet fromList = SpamtrapSet.of(List.of("adnan@bsdly.net", "LILEI@bsdly.net", "junk"));

        SpamtrapSet merged = traps.merge(fromList);

        assertEquals(3, merged.size());
        assertTrue(merged.isTrapUser("adnan"));
        assertTrue(merged.isTrap("wkitp98zpu.fsf@datadok.no"));
        assertEquals(0, SpamtrapSet.empty().size());
        assertFalse(SpamtrapSet.empty().isTrapUser("lilei"));
    }
}
