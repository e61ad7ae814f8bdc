package bella.bootstrap.access;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The key a request offered in {@code X-API-Key}, before and after {@link OwnerCredentials} checked it. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String HEADER = "X-API-Key";

    private final transient String key;

    private ApiKeyAuthentication(String key, boolean checked) {
        super(checked ? AuthorityUtils.createAuthorityList(OwnerCredentials.OWNER) : AuthorityUtils.NO_AUTHORITIES);
        this.key = key;
        setAuthenticated(checked);
    }

    static ApiKeyAuthentication offered(String key) {
        return new ApiKeyAuthentication(key, false);
    }

    static ApiKeyAuthentication checked() {
        return new ApiKeyAuthentication(null, true);
    }

    @Override
    public Object getCredentials() {
        return key;
    }

    @Override
    public Object getPrincipal() {
        return "api-key";
    }
}
