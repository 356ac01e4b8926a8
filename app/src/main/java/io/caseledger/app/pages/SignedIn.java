package io.caseledger.app.pages;

import io.caseledger.app.security.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in ({@code me}, null on the sign-in page), for the navigation every page shows. */
@ControllerAdvice(basePackageClasses = SignedIn.class)
class SignedIn {

    @ModelAttribute("me")
    Actor me() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return Actor.current().orElse(null);
    }
}
