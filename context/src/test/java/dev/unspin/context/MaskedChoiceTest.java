package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MaskedChoiceTest {
    private static List<Integer> upTo(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void asksAboutEveryOccurrenceOfARareForm() {
        assertEquals(upTo(MaskedChoice.MAX_GAPS_PER_FORM), MaskedChoice.asked(upTo(MaskedChoice.MAX_GAPS_PER_FORM)));
        assertEquals(List.of(0), MaskedChoice.asked(upTo(1)));
    }

    @Test
    void asksAboutARecurringFormFromItsFirstToItsLastOccurrence() {
        assertEquals(List.of(0, 6, 13, 20), MaskedChoice.asked(upTo(21)));
        assertEquals(List.of(0, 1, 2, 4), MaskedChoice.asked(upTo(5)));
    }
}
