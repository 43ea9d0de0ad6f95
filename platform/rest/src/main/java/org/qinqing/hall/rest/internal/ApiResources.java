package org.qinqing.hall.rest.internal;

import java.util.List;

/** The resource classes the Blueprint file mounts: the OpenAPI description is read from them; a test keeps this list and rest.xml in step. */
final class ApiResources {
    static final List<Class<?>> ALL = List.of(DepartmentResource.class, ItemResource.class, CompositeResource.class, CatalogueResource.class, MeResource.class, SessionResource.class,
            IdentityResource.class, PartyResource.class, VaultResource.class, CaseResource.class, ProgressResource.class,
            AuditResource.class, CalendarResource.class, SlaResource.class, BackupResource.class,
            MetricsResource.class, OpenApiResource.class,
            EnterpriseResource.class, RatingResource.class, DemandResource.class, EnterpriseNoticeResource.class, OnlineDemandResource.class, AchievementResource.class,
            OnlineResource.class, IdentityVerificationResource.class, PreReviewResource.class, PostedResource.class, PreReviewListResource.class,
            SiteResource.class, WindowResource.class, AppointmentResource.class, FloorAdminResource.class, SpecialistResource.class,
            OnlineAppointmentResource.class, OnlineNoticeResource.class);

    private ApiResources() {
    }
}
