package org.ecozoning.ogc.processes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs process executions on a bounded pool of worker threads with a bounded queue, for both
 * synchronous requests (the request thread waits) and asynchronous jobs (status polled). Queue
 * time and run time have separate limits: a job still queued after {@code queueTimeout} fails
 * without running, a running job past {@code runTimeout} is interrupted and fails. Workers only see
 * the {@link ProcessInputs} read beforehand, never the HTTP request. Status and results go to the
 * {@link JobStore} and expire after {@code retention}.
 */
public final class JobService implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(JobService.class.getName());

    private final JobStore store;
    private final ProcessLimits limits;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dismissed = new ConcurrentHashMap<>();
    /** Inputs of jobs not yet finished: their spooled bodies are deleted when the job ends however it ends. */
    private final Map<String, ProcessInputs> inputs = new ConcurrentHashMap<>();

    public JobService(JobStore store, ProcessLimits limits) { this(store, limits, Clock.systemUTC()); }

    public JobService(JobStore store, ProcessLimits limits, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.workers(), limits.workers(), 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.maxQueued()), r -> {
            Thread t = new Thread(r, "zoning-process-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.pool.allowCoreThreadTimeOut(true);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "zoning-process-timer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> store.purgeExpired(clock.instant()), 1, 1, TimeUnit.MINUTES);
    }

    public ProcessLimits limits() { return limits; }

    public JobStore store() { return store; }

    /** Queues an asynchronous execution and returns the accepted job at once. */
    public Job submit(ZoningProcess p, ProcessInputs in, Map<String, String> formats, Object request) {
        return submit(p, in, formats, request, ZoningProcess.Origin.UNKNOWN);
    }

    /** Queues an asynchronous execution on behalf of {@code origin} and returns the accepted job at once. */
    public Job submit(ZoningProcess p, ProcessInputs in, Map<String, String> formats, Object request, ZoningProcess.Origin origin) {
        Job job = newJob(p, request);
        start(job, p, in, formats, origin);
        return job;
    }

    /**
     * Runs an execution and waits for it (the queue and run limits still apply); the finished job
     * is kept in the store like an asynchronous one, so its outputs can be fetched again by id.
     *
     * @return the finished job, SUCCESSFUL or FAILED
     */
    public Job run(ZoningProcess p, ProcessInputs in, Map<String, String> formats, Object request) {
        return run(p, in, formats, request, ZoningProcess.Origin.UNKNOWN);
    }

    /** {@link #run(ZoningProcess, ProcessInputs, Map, Object)} on behalf of {@code origin}. */
    public Job run(ZoningProcess p, ProcessInputs in, Map<String, String> formats, Object request, ZoningProcess.Origin origin) {
        Job job = newJob(p, request);
        Future<?> f = start(job, p, in, formats, origin);
        try {
            f.get(limits.queueTimeout().plus(limits.runTimeout()).toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            f.cancel(true);
        }
        Job done = store.find(job.id()).orElse(job);
        if (!done.status().finished()) {
            done = done.failed(timeout("运行", "run"), clock.instant(), expiry());
            store.save(done);
        }
        return done;
    }

    public Optional<Job> job(String id) {
        store.purgeExpired(clock.instant());
        return store.find(id);
    }

    public List<Job> jobs(int limit) {
        store.purgeExpired(clock.instant());
        return store.list(limit);
    }

    /** Dismisses a job: cancels it if queued or running, discards its outputs. Empty when unknown. */
    public Optional<Job> dismiss(String id) {
        Optional<Job> j = store.find(id);
        if (j.isEmpty()) return j;
        dismissed.put(id, Boolean.TRUE);
        Future<?> f = running.remove(id);
        if (f != null) f.cancel(true);
        releaseInputs(id);
        Job d = new Job(id, j.get().processId(), JobStatus.DISMISSED, j.get().percent(), "已撤销 / dismissed", j.get().created(), j.get().started(),
                clock.instant(), clock.instant().plus(limits.retention()), null, null, j.get().request());
        if (j.get().result() != null) j.get().result().discard();
        store.save(d);
        return Optional.of(d);
    }

    private Job newJob(ZoningProcess p, Object request) {
        Instant now = clock.instant();
        Job job = new Job(UUID.randomUUID().toString(), p.description().wpsId(), JobStatus.ACCEPTED, 0, "已排队 / queued", now, null, null,
                now.plus(limits.retention()), null, null, request);
        store.save(job);
        return job;
    }

    private Instant expiry() { return clock.instant().plus(limits.retention()); }

    private static ProcessException timeout(String zh, String en) {
        return new ProcessException(ProcessException.Kind.TIMEOUT, null, "超过" + zh + "时限，作业已终止", "the " + en + " time limit was exceeded; the job was stopped");
    }

    private Future<?> start(Job job, ZoningProcess p, ProcessInputs in, Map<String, String> formats, ZoningProcess.Origin origin) {
        String id = job.id();
        Future<?> f;
        inputs.put(id, in);
        try {
            f = pool.submit(() -> work(id, p, in, formats, origin));
        } catch (RejectedExecutionException e) {
            releaseInputs(id);
            store.delete(id);
            throw new ProcessException(ProcessException.Kind.BUSY, null, "服务繁忙，排队作业已满，请稍后重试", "the server is busy (job queue full); retry later");
        }
        running.put(id, f);
        timer.schedule(() -> {
            Job j = store.find(id).orElse(null);
            if (j != null && j.status() == JobStatus.ACCEPTED && f.cancel(false)) {
                store.save(j.failed(timeout("排队", "queue"), clock.instant(), expiry()));
                running.remove(id);
                releaseInputs(id);
            }
        }, limits.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return f;
    }

    private void releaseInputs(String id) {
        ProcessInputs in = inputs.remove(id);
        if (in != null) in.discard();
    }

    private void work(String id, ZoningProcess p, ProcessInputs in, Map<String, String> formats, ZoningProcess.Origin origin) {
        try {
            runJob(id, p, in, formats, origin);
        } finally {
            releaseInputs(id);
            in.discard();
        }
    }

    private void runJob(String id, ZoningProcess p, ProcessInputs in, Map<String, String> formats, ZoningProcess.Origin origin) {
        Job j = store.find(id).orElse(null);
        if (j == null || j.status() != JobStatus.ACCEPTED || dismissed.containsKey(id)) return;
        Instant startedAt = clock.instant();
        Instant deadline = startedAt.plus(limits.runTimeout());
        Thread worker = Thread.currentThread();
        var killer = timer.schedule(worker::interrupt, limits.runTimeout().toMillis(), TimeUnit.MILLISECONDS);
        store.save(j.withStatus(JobStatus.RUNNING, 0, "运行中 / running", startedAt));
        Progress progress = new Progress() {
            @Override public void update(int percent, String message) {
                check();
                store.find(id).ifPresent(cur -> {
                    if (!cur.status().finished()) store.save(cur.withStatus(JobStatus.RUNNING, Math.max(0, Math.min(99, percent)), message, clock.instant()));
                });
            }

            @Override public void check() {
                if (dismissed.containsKey(id)) throw new ProcessException(ProcessException.Kind.FAILED, null, "作业已撤销", "the job was dismissed");
                if (Thread.currentThread().isInterrupted() || clock.instant().isAfter(deadline)) throw timeout("运行", "run");
            }
        };
        ProcessResult result = null;
        try {
            result = p.execute(in, formats, new ZoningProcess.ExecutionContext(id, j.created(), progress, origin));
            progress.check();
            finish(id, result, null);
        } catch (ProcessException e) {
            if (result != null) result.discard();
            finish(id, null, e);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (result != null) result.discard();
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(System.Logger.Level.ERROR, "process " + p.description().wpsId() + " job " + id + " failed (error " + errorId + ")", e);
            boolean interrupted = Thread.currentThread().isInterrupted();
            finish(id, null, interrupted ? timeout("运行", "run") : new ProcessException(ProcessException.Kind.FAILED, null,
                    "处理失败（内部错误，编号 " + errorId + "）", "processing failed (internal error, id " + errorId + ")"));
        } finally {
            killer.cancel(false);
            running.remove(id);
            Thread.interrupted(); // clear a late interrupt before the pool reuses the thread
        }
    }

    private void finish(String id, ProcessResult r, ProcessException e) {
        Job cur = store.find(id).orElse(null);
        if (cur == null || cur.status() == JobStatus.DISMISSED) {
            if (r != null) r.discard();
            return;
        }
        store.save(e == null ? cur.succeeded(r, clock.instant(), expiry()) : cur.failed(e, clock.instant(), expiry()));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        timer.shutdownNow();
        List.copyOf(inputs.keySet()).forEach(this::releaseInputs);
    }
}
