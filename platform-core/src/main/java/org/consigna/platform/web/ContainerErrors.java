package org.consigna.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.consigna.platform.problem.Problem;

/**
 * The web container's own error page (web.xml {@code <error-page>}): errors raised outside JAX-RS
 * (unknown paths outside {@code /api}, the servlet layer) leave as problem+json like every other.
 * Also answers the requests {@link HttpLayerRefusals} sends here for a path the container would
 * refuse ({@link #INVALID_PATH}, "/" and the {@link RequestPaths.Refusal} slug): 400 {@code invalid-path}.
 */
@WebServlet({"/container-error", "/container-error/invalid-path/*"})
public class ContainerErrors extends HttpServlet {

    /** Where a request with a refused path is sent, followed by "/" and the refusal's slug. */
    static final String INVALID_PATH = "/container-error/invalid-path";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem;
        if (code == null && INVALID_PATH.equals(request.getServletPath())) {
            String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            RequestPaths.Refusal refusal = RequestPaths.Refusal.ofSlug(slug);
            problem = new Problem(400, "invalid-path", "Invalid path", refusal.detail);
            uri = null; // the path the client sent is not echoed: it is the problem
        } else {
            int status = code instanceof Integer c && c >= 400 ? c : 404;
            String title = status == 404 ? "Not found" : status == 405 ? "Method not allowed" : status < 500 ? "Bad request"
                    : "Internal error";
            problem = new Problem(status, title.toLowerCase().replace(' ', '-'), title,
                    status >= 500 ? "The request could not be completed; the error was logged"
                            : status == 404 ? "No resource at this path" : "The request could not be handled");
        }
        response.reset();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson(uri == null ? null : uri.toString()));
    }
}
