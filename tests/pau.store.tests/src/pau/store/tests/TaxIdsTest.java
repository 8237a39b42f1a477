package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pau.model.TaxIds;

/**
 * Check digits of INN and OGRN (domain validation).
 */
class TaxIdsTest {

	@Test
	void validation_innCheckDigits() {
		assertTrue(TaxIds.isValidInn("7707083893"), "Sberbank's INN");
		assertTrue(TaxIds.isValidInn("500100732259"), "a valid personal INN");
		assertFalse(TaxIds.isValidInn("7707083894"));
		assertFalse(TaxIds.isValidInn("500100732258"));
		assertFalse(TaxIds.isValidInn("77070838"));
		assertFalse(TaxIds.isValidInn("77070838ab"));
		assertEquals("7707083893", TaxIds.completeInn10("770708389"));
		assertTrue(TaxIds.isValidInn(TaxIds.completeInn12("5001007322")));
	}

	@Test
	void validation_ogrnCheckDigits() {
		assertTrue(TaxIds.isValidOgrn("1027700132195"), "Sberbank's OGRN");
		assertFalse(TaxIds.isValidOgrn("1027700132196"));
		assertTrue(TaxIds.isValidOgrn(TaxIds.completeOgrn("30450011600015".substring(0, 14))));
		assertFalse(TaxIds.isValidOgrn("123"));
	}
}
