package dev.unspin.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    @Test
    void resultsArriveInInputOrderWhateverTheSchedulingAndOnTheCallingThread() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        Set<String> workers = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        OrderedParallel.run(items, 4, i -> {
            workers.add(Thread.currentThread().getName());
            // Uneven work so that later items often finish first.
            long spin = ThreadLocalRandom.current().nextLong(20_000);
            for (long k = 0; k < spin; k++) {
                Thread.onSpinWait();
            }
            return i * 2;
        }, r -> {
            assertEquals(caller, Thread.currentThread());
            seen.add(r);
        });
        assertEquals(items.stream().map(i -> i * 2).toList(), seen);
        assertTrue(workers.stream().allMatch(name -> name.equals("unspin-worker")), workers.toString());
    }

    @Test
    void aFailureInTheWorkIsRethrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OrderedParallel.run(List.of(1, 2, 3), 2, i -> {
                    if (i == 2) {
                        throw new IllegalStateException("boom " + i);
                    }
                    return i;
                }, r -> { }));
        assertEquals("boom 2", e.getMessage());
    }
}
