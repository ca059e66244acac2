package io.flumeconnect.sources.listener;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class OrderedRepliesTest {

    @Test
    void answersAreWrittenInArrivalOrderWhateverOrderTheUnitsCompleteIn() {
        EmbeddedChannel channel = new EmbeddedChannel();
        OrderedReplies replies = new OrderedReplies(channel);
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        CompletableFuture<Void> third = new CompletableFuture<>();
        replies.add(first, failure -> failure == null ? "first ok" : "first failed");
        replies.add(second, failure -> failure == null ? "second ok" : "second failed");
        replies.add(third, failure -> failure == null ? "third ok" : "third failed");

        second.complete(null);
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound()).as("the first is not answered yet").isNull();

        first.completeExceptionally(new TimeoutException());
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound()).isEqualTo("first failed");
        assertThat((Object) channel.readOutbound()).isEqualTo("second ok");
        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(replies.size()).isEqualTo(1);

        third.complete(null);
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound()).isEqualTo("third ok");
    }

    @Test
    void aNullAnswerWritesNothing() {
        EmbeddedChannel channel = new EmbeddedChannel();
        OrderedReplies replies = new OrderedReplies(channel);
        replies.add(CompletableFuture.completedFuture(null), failure -> null);
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(replies.size()).isZero();
    }
}
