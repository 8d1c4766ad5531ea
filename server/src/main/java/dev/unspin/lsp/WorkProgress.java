package dev.unspin.lsp;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Work-done progress ({@code $/progress}) for a long piece of work, such as loading the contextual
 * restorer's resources. Before {@code initialize} is answered, on the token the client gave with
 * it, if any; afterwards on a token the server creates, if the client declared
 * {@code window.workDoneProgress}; otherwise nothing is sent.
 */
interface WorkProgress {
    WorkProgress NONE = title -> message -> { };

    /** Shows that the work started; the returned {@link Done} ends it. */
    Done begin(String title);

    interface Done {
        void end(String message);

        /** A step of the work, such as a share of a download; nothing where progress is not shown. */
        default void report(String message) {
        }
    }

    /**
     * Progress on a token created for it. The create request is not waited for: the begin follows
     * it on the same stream, and clients handle messages in order (the load that follows may hold
     * the thread that would read the answer).
     */
    static WorkProgress created(LanguageClient client, AtomicInteger counter) {
        return title -> {
            Either<String, Integer> token = Either.forLeft("unspin-progress-" + counter.incrementAndGet());
            client.createProgress(new WorkDoneProgressCreateParams(token));
            return on(client, token).begin(title);
        };
    }

    /** Progress on a token the client gave. */
    static WorkProgress on(LanguageClient client, Either<String, Integer> token) {
        return title -> {
            WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
            begin.setTitle(title);
            begin.setCancellable(false);
            client.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
            return new Done() {
                @Override
                public void end(String message) {
                    WorkDoneProgressEnd end = new WorkDoneProgressEnd();
                    end.setMessage(message);
                    client.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
                }

                @Override
                public void report(String message) {
                    WorkDoneProgressReport report = new WorkDoneProgressReport();
                    report.setMessage(message);
                    client.notifyProgress(new ProgressParams(token, Either.forLeft(report)));
                }
            };
        };
    }
}
