package no.nav.overgang.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.testkit.ServiceTest;

/** A value of the current transaction: one per transaction, gone after it, handed on only when it commits. */
@ServiceTest
class PerTransactionTest {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void each_transaction_has_its_own_value_and_only_a_committed_one_is_handed_on() {
        List<List<String>> committed = new ArrayList<>();
        PerTransaction<List<String>> value = new PerTransaction<>(ArrayList::new, committed::add);

        transactions.executeWithoutResult(status -> {
            assertThat(value.ifAny()).isNull();
            value.get().add("first");
            value.get().add("second");
            assertThat(value.ifAny()).containsExactly("first", "second");
        });
        transactions.executeWithoutResult(status -> {
            value.get().add("rolled back");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> assertThat(value.ifAny()).isNull());

        assertThat(committed).containsExactly(List.of("first", "second"));
        assertThat(value.ifAny()).isNull();
        assertThatThrownBy(value::get).isInstanceOf(IllegalStateException.class);
    }
}
