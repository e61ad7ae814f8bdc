package bella.adapters.persistence;

import bella.application.appointments.Customers;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/** Known callers in the {@code customers} table. */
public class JdbcCustomers implements Customers {

    private final JdbcTemplate jdbc;

    public JdbcCustomers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(String phone, String name) {
        jdbc.update("INSERT INTO customers (phone, name) VALUES (?, ?) "
                + "ON CONFLICT (phone) DO UPDATE SET name = excluded.name", phone, name);
    }

    @Override
    public Optional<String> nameOf(String phone) {
        return jdbc.queryForList("SELECT name FROM customers WHERE phone = ?", String.class, phone).stream()
                .findFirst();
    }

    @Override
    public void clear() {
        jdbc.update("DELETE FROM customers");
    }
}
