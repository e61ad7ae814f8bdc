package bella.bootstrap.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.Optional;

/**
 * Checks the owner's login (ADMIN_USER and ADMIN_PASS, by HTTP Basic) and the API_KEY. Spring's own user store would
 * compare a plain-text password with {@code String.equals}, which returns sooner the sooner the strings differ.
 */
final class OwnerCredentials implements AuthenticationProvider {

    static final String OWNER = "ROLE_OWNER";

    private final Optional<Secret> user;
    private final Optional<Secret> password;
    private final Optional<Secret> apiKey;

    OwnerCredentials(String user, String password, String apiKey) {
        this.user = Secret.of(user);
        this.password = Secret.of(password);
        this.apiKey = Secret.of(apiKey);
    }

    boolean anySet() {
        return basicSet() || apiKeySet();
    }

    boolean basicSet() {
        return user.isPresent() && password.isPresent();
    }

    boolean apiKeySet() {
        return apiKey.isPresent();
    }

    @Override
    public Authentication authenticate(Authentication offered) {
        if (offered instanceof ApiKeyAuthentication) {
            if (apiKey.isPresent() && apiKey.get().matches((String) offered.getCredentials())) {
                return ApiKeyAuthentication.checked();
            }
        } else if (basicSet()) {
            // both compared whatever the first gave, so the time taken does not say which one was wrong
            boolean rightUser = user.get().matches(offered.getName());
            boolean rightPassword = password.get().matches(String.valueOf(offered.getCredentials()));
            if (rightUser & rightPassword) {
                return UsernamePasswordAuthenticationToken.authenticated(offered.getName(), null,
                        AuthorityUtils.createAuthorityList(OWNER));
            }
        }
        throw new BadCredentialsException("not the owner's login");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication)
                || UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
