package org.consigna.platform.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web container's own error page (web.xml {@code <error-page>}): errors raised outside JAX-RS
 * (unknown paths outside {@code /api}, the servlet layer) leave as problem+json like every other.
 */
@WebServlet("/container-error")
public class ContainerErrors extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String title = status == 404 ? "Not found" : status == 405 ? "Method not allowed" : status < 500 ? "Bad request"
                : "Internal error";
        var json = Json.createObjectBuilder()
                .add("type", "urn:consigna:problem:" + title.toLowerCase().replace(' ', '-'))
                .add("title", title)
                .add("status", status)
                .add("detail", status >= 500 ? "The request could not be completed; the error was logged"
                        : status == 404 ? "No resource at this path" : "The request could not be handled");
        if (uri != null) {
            json.add("instance", uri.toString());
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
