package pau.store.internal.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything needed to (re)generate one text document: the same spec always yields the same bytes, which is how
 * the content is digested first and inserted afterwards without ever being held in memory.
 *
 * @param heading lines at the top (title, case, debtor)
 * @param signature lines at the bottom
 * @param person whether the debtor is a citizen or entrepreneur (picks fitting sentences)
 * @param kind the procedure (picks fitting sentences and the manager's title)
 * @param from first date the text may mention
 * @param to last date the text may mention
 * @param targetBytes approximate size of the whole document; the body stops after the sentence that reaches
 *        it, but there is always a heading, one paragraph and the signature
 * @param seed seed of the text's own random stream
 */
public record DocumentSpec(List<String> heading, List<String> signature, boolean person, ProcedureKind kind,
		LocalDate from, LocalDate to, long targetBytes, long seed) {
}
