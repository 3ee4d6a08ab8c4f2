package org.newsdesk.platform.problem;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps every log record published on the root logger during each test ({@code @RegisterExtension}). */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        records.clear();
        Logger.getLogger("").addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger.getLogger("").removeHandler(this);
    }

    public List<ExtLogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord ext = (ExtLogRecord) record;
        ext.copyAll(); // the MDC and message as they are now, on the logging thread
        records.add(ext);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
