package org.newsdesk.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Keeps every log record published on the root logger between {@link #start()} and {@link #stop()}. */
public final class LogCapture extends Handler {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    public void start() {
        Logger.getLogger("").addHandler(this);
    }

    public void stop() {
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
