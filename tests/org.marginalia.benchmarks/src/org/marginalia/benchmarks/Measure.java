package org.marginalia.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Runs a piece of work a few times and keeps the median time and the largest peak heap. */
public final class Measure {

    /** Work to time; returns the bytes it wrote (0 when that does not apply). */
    @FunctionalInterface
    public interface Work {
        long run() throws Exception;
    }

    public record Result(String name, double medianSeconds, long bytes, long peakMegabytes) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / medianSeconds;
        }
    }

    private Measure() {
    }

    public static Result run(String name, int repetitions, Work work) throws Exception {
        List<Double> seconds = new ArrayList<>();
        long bytes = 0;
        long peak = 0;
        for (int i = 0; i < repetitions; i++) {
            PeakMemory.reset();
            long start = System.nanoTime();
            bytes = work.run();
            seconds.add((System.nanoTime() - start) / 1e9);
            peak = Math.max(peak, PeakMemory.peakMegabytes());
        }
        seconds.sort(null);
        return new Result(name, seconds.get(seconds.size() / 2), bytes, peak);
    }
}
