package org.consigna.platform.web;

import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.model.ResourceModel;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/** Keeps the resource model Jersey built from every module's resources, for the OpenAPI document. */
@Provider
public class ResourceCatalog implements ApplicationEventListener {

    private static volatile ResourceModel model;

    static ResourceModel model() {
        return model;
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        if (event.getType() == ApplicationEvent.Type.INITIALIZATION_APP_FINISHED) {
            model = event.getResourceModel();
        }
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return null;
    }
}
