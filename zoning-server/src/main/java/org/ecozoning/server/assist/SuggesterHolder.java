package org.ecozoning.server.assist;

import java.util.function.Supplier;
import org.ecozoning.assist.industry.IndustrySuggester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one industry suggester of a server process. Building it takes about three seconds
 * (dictionary and index), so it is built once: on first use, or earlier on a background virtual
 * thread ({@link #warmInBackground()}) so that neither start-up nor {@code /health} wait for it.
 */
public final class SuggesterHolder {
    private static final Logger LOG = LoggerFactory.getLogger(SuggesterHolder.class);

    private final Supplier<IndustrySuggester> factory;
    private volatile IndustrySuggester suggester;

    /** A holder of {@link IndustrySuggester#shipped()}. */
    public SuggesterHolder() { this(IndustrySuggester::shipped); }

    public SuggesterHolder(Supplier<IndustrySuggester> factory) { this.factory = factory; }

    /** @return the suggester, building it now if nobody did yet (callers wait for one build) */
    public IndustrySuggester get() {
        IndustrySuggester s = suggester;
        if (s != null) return s;
        synchronized (this) {
            if (suggester == null) suggester = factory.get();
            return suggester;
        }
    }

    /** @return whether the suggester is built already */
    public boolean ready() { return suggester != null; }

    /** Starts building on a virtual thread; failures are logged and retried on first use. */
    public void warmInBackground() {
        Thread.ofVirtual().name("ecozoning-suggester").start(() -> {
            try {
                get();
            } catch (RuntimeException e) {
                LOG.warn("行业推荐器构建失败 / industry suggester build failed: {}", e.toString());
            }
        });
    }
}
