package bella.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentAggregatesTest {

    @Test
    void keepsUpToItsBoundDroppingTheLeastRecentlyUsedFirst() {
        var cache = new RecentAggregates(2);
        cache.put("first", 1);
        cache.put("second", 2);
        assertThat((Integer) cache.get("first")).isEqualTo(1);

        cache.put("third", 3);

        assertThat(cache.containsKey("first")).isTrue();
        assertThat(cache.containsKey("second")).isFalse();
        assertThat(cache.containsKey("third")).isTrue();
    }

    @Test
    void putsOnlyWhatIsAbsentAndRemovesWhatItHolds() {
        var cache = new RecentAggregates(2);
        assertThat(cache.putIfAbsent("call", 1)).isTrue();
        assertThat(cache.putIfAbsent("call", 2)).isFalse();
        assertThat((Integer) cache.get("call")).isEqualTo(1);

        assertThat(cache.remove("call")).isTrue();
        assertThat(cache.remove("call")).isFalse();
        assertThat((Object) cache.get("call")).isNull();
    }
}
