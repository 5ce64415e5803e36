import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace codexk8s. */
export namespace codexk8s {

    /** Namespace controlplane. */
    namespace controlplane {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a ControlPlaneService */
            class ControlPlaneService extends $protobuf.rpc.Service {

                /**
                 * Constructs a new ControlPlaneService service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new ControlPlaneService service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ControlPlaneService;

                /** Calls IngestGitHubWebhook. */
                ingestGitHubWebhook: codexk8s.controlplane.v1.ControlPlaneService.IngestGitHubWebhook;

                /** Calls AuthorizeOAuthUser. */
                authorizeOAuthUser: codexk8s.controlplane.v1.ControlPlaneService.AuthorizeOAuthUser;

                /** Calls ResolveStaffByEmail. */
                resolveStaffByEmail: codexk8s.controlplane.v1.ControlPlaneService.ResolveStaffByEmail;

                /** Calls GetSignedInUser. */
                getSignedInUser: codexk8s.controlplane.v1.ControlPlaneService.GetSignedInUser;

                /** Calls ListProjects. */
                listProjects: codexk8s.controlplane.v1.ControlPlaneService.ListProjects;

                /** Calls GetProject. */
                getProject: codexk8s.controlplane.v1.ControlPlaneService.GetProject;

                /** Calls UpsertProject. */
                upsertProject: codexk8s.controlplane.v1.ControlPlaneService.UpsertProject;

                /** Calls CreateProject. */
                createProject: codexk8s.controlplane.v1.ControlPlaneService.CreateProject;

                /** Calls UpdateProject. */
                updateProject: codexk8s.controlplane.v1.ControlPlaneService.UpdateProject;

                /** Calls DeleteProject. */
                deleteProject: codexk8s.controlplane.v1.ControlPlaneService.DeleteProject;

                /** Calls GetProjectTriggers. */
                getProjectTriggers: codexk8s.controlplane.v1.ControlPlaneService.GetProjectTriggers;

                /** Calls SetProjectTriggers. */
                setProjectTriggers: codexk8s.controlplane.v1.ControlPlaneService.SetProjectTriggers;

                /** Calls ListDeliveries. */
                listDeliveries: codexk8s.controlplane.v1.ControlPlaneService.ListDeliveries;

                /** Calls ListRuns. */
                listRuns: codexk8s.controlplane.v1.ControlPlaneService.ListRuns;

                /** Calls GetRun. */
                getRun: codexk8s.controlplane.v1.ControlPlaneService.GetRun;

                /** Calls ListRunEvents. */
                listRunEvents: codexk8s.controlplane.v1.ControlPlaneService.ListRunEvents;

                /** Calls WatchRunEvents. */
                watchRunEvents: codexk8s.controlplane.v1.ControlPlaneService.WatchRunEvents;

                /** Calls ListRunLearningFeedback. */
                listRunLearningFeedback: codexk8s.controlplane.v1.ControlPlaneService.ListRunLearningFeedback;

                /** Calls CancelRun. */
                cancelRun: codexk8s.controlplane.v1.ControlPlaneService.CancelRun;

                /** Calls RerunRun. */
                rerunRun: codexk8s.controlplane.v1.ControlPlaneService.RerunRun;

                /** Calls ListRunLogs. */
                listRunLogs: codexk8s.controlplane.v1.ControlPlaneService.ListRunLogs;

                /** Calls WatchRunLogs. */
                watchRunLogs: codexk8s.controlplane.v1.ControlPlaneService.WatchRunLogs;

                /** Calls ListUsers. */
                listUsers: codexk8s.controlplane.v1.ControlPlaneService.ListUsers;

                /** Calls CreateUser. */
                createUser: codexk8s.controlplane.v1.ControlPlaneService.CreateUser;

                /** Calls DeleteUser. */
                deleteUser: codexk8s.controlplane.v1.ControlPlaneService.DeleteUser;

                /** Calls SearchUsers. */
                searchUsers: codexk8s.controlplane.v1.ControlPlaneService.SearchUsers;

                /** Calls ListAuditEvents. */
                listAuditEvents: codexk8s.controlplane.v1.ControlPlaneService.ListAuditEvents;

                /** Calls ListProjectMembers. */
                listProjectMembers: codexk8s.controlplane.v1.ControlPlaneService.ListProjectMembers;

                /** Calls UpsertProjectMember. */
                upsertProjectMember: codexk8s.controlplane.v1.ControlPlaneService.UpsertProjectMember;

                /** Calls DeleteProjectMember. */
                deleteProjectMember: codexk8s.controlplane.v1.ControlPlaneService.DeleteProjectMember;

                /** Calls SetProjectMemberLearningModeOverride. */
                setProjectMemberLearningModeOverride: codexk8s.controlplane.v1.ControlPlaneService.SetProjectMemberLearningModeOverride;

                /** Calls ListProjectRepositories. */
                listProjectRepositories: codexk8s.controlplane.v1.ControlPlaneService.ListProjectRepositories;

                /** Calls UpsertProjectRepository. */
                upsertProjectRepository: codexk8s.controlplane.v1.ControlPlaneService.UpsertProjectRepository;

                /** Calls DeleteProjectRepository. */
                deleteProjectRepository: codexk8s.controlplane.v1.ControlPlaneService.DeleteProjectRepository;

                /** Calls RecoverRepositoryDeliveries. */
                recoverRepositoryDeliveries: codexk8s.controlplane.v1.ControlPlaneService.RecoverRepositoryDeliveries;
            }

            namespace ControlPlaneService {

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#ingestGitHubWebhook}.
                 * @param error Error, if any
                 * @param [response] IngestGitHubWebhookResponse
                 */
                type IngestGitHubWebhookCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.IngestGitHubWebhookResponse) => void;

                /** Calls IngestGitHubWebhook. */
                type IngestGitHubWebhook = {
                  (request: codexk8s.controlplane.v1.IIngestGitHubWebhookRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.IngestGitHubWebhookCallback): void;
                  (request: codexk8s.controlplane.v1.IIngestGitHubWebhookRequest): Promise<codexk8s.controlplane.v1.IngestGitHubWebhookResponse>;
                  readonly name: "IngestGitHubWebhook";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/IngestGitHubWebhook";
                  readonly requestType: "IngestGitHubWebhookRequest";
                  readonly responseType: "IngestGitHubWebhookResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#authorizeOAuthUser}.
                 * @param error Error, if any
                 * @param [response] AuthorizeOAuthUserResponse
                 */
                type AuthorizeOAuthUserCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.AuthorizeOAuthUserResponse) => void;

                /** Calls AuthorizeOAuthUser. */
                type AuthorizeOAuthUser = {
                  (request: codexk8s.controlplane.v1.IAuthorizeOAuthUserRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.AuthorizeOAuthUserCallback): void;
                  (request: codexk8s.controlplane.v1.IAuthorizeOAuthUserRequest): Promise<codexk8s.controlplane.v1.AuthorizeOAuthUserResponse>;
                  readonly name: "AuthorizeOAuthUser";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/AuthorizeOAuthUser";
                  readonly requestType: "AuthorizeOAuthUserRequest";
                  readonly responseType: "AuthorizeOAuthUserResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#resolveStaffByEmail}.
                 * @param error Error, if any
                 * @param [response] ResolveStaffByEmailResponse
                 */
                type ResolveStaffByEmailCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ResolveStaffByEmailResponse) => void;

                /** Calls ResolveStaffByEmail. */
                type ResolveStaffByEmail = {
                  (request: codexk8s.controlplane.v1.IResolveStaffByEmailRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ResolveStaffByEmailCallback): void;
                  (request: codexk8s.controlplane.v1.IResolveStaffByEmailRequest): Promise<codexk8s.controlplane.v1.ResolveStaffByEmailResponse>;
                  readonly name: "ResolveStaffByEmail";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ResolveStaffByEmail";
                  readonly requestType: "ResolveStaffByEmailRequest";
                  readonly responseType: "ResolveStaffByEmailResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#getSignedInUser}.
                 * @param error Error, if any
                 * @param [response] GetSignedInUserResponse
                 */
                type GetSignedInUserCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.GetSignedInUserResponse) => void;

                /** Calls GetSignedInUser. */
                type GetSignedInUser = {
                  (request: codexk8s.controlplane.v1.IGetSignedInUserRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.GetSignedInUserCallback): void;
                  (request: codexk8s.controlplane.v1.IGetSignedInUserRequest): Promise<codexk8s.controlplane.v1.GetSignedInUserResponse>;
                  readonly name: "GetSignedInUser";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/GetSignedInUser";
                  readonly requestType: "GetSignedInUserRequest";
                  readonly responseType: "GetSignedInUserResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listProjects}.
                 * @param error Error, if any
                 * @param [response] ListProjectsResponse
                 */
                type ListProjectsCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListProjectsResponse) => void;

                /** Calls ListProjects. */
                type ListProjects = {
                  (request: codexk8s.controlplane.v1.IListProjectsRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListProjectsCallback): void;
                  (request: codexk8s.controlplane.v1.IListProjectsRequest): Promise<codexk8s.controlplane.v1.ListProjectsResponse>;
                  readonly name: "ListProjects";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListProjects";
                  readonly requestType: "ListProjectsRequest";
                  readonly responseType: "ListProjectsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#getProject}.
                 * @param error Error, if any
                 * @param [response] GetProjectResponse
                 */
                type GetProjectCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.GetProjectResponse) => void;

                /** Calls GetProject. */
                type GetProject = {
                  (request: codexk8s.controlplane.v1.IGetProjectRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.GetProjectCallback): void;
                  (request: codexk8s.controlplane.v1.IGetProjectRequest): Promise<codexk8s.controlplane.v1.GetProjectResponse>;
                  readonly name: "GetProject";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/GetProject";
                  readonly requestType: "GetProjectRequest";
                  readonly responseType: "GetProjectResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#upsertProject}.
                 * @param error Error, if any
                 * @param [response] UpsertProjectResponse
                 */
                type UpsertProjectCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.UpsertProjectResponse) => void;

                /** Calls UpsertProject. */
                type UpsertProject = {
                  (request: codexk8s.controlplane.v1.IUpsertProjectRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.UpsertProjectCallback): void;
                  (request: codexk8s.controlplane.v1.IUpsertProjectRequest): Promise<codexk8s.controlplane.v1.UpsertProjectResponse>;
                  readonly name: "UpsertProject";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/UpsertProject";
                  readonly requestType: "UpsertProjectRequest";
                  readonly responseType: "UpsertProjectResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#createProject}.
                 * @param error Error, if any
                 * @param [response] CreateProjectResponse
                 */
                type CreateProjectCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.CreateProjectResponse) => void;

                /** Calls CreateProject. */
                type CreateProject = {
                  (request: codexk8s.controlplane.v1.ICreateProjectRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.CreateProjectCallback): void;
                  (request: codexk8s.controlplane.v1.ICreateProjectRequest): Promise<codexk8s.controlplane.v1.CreateProjectResponse>;
                  readonly name: "CreateProject";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/CreateProject";
                  readonly requestType: "CreateProjectRequest";
                  readonly responseType: "CreateProjectResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#updateProject}.
                 * @param error Error, if any
                 * @param [response] UpdateProjectResponse
                 */
                type UpdateProjectCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.UpdateProjectResponse) => void;

                /** Calls UpdateProject. */
                type UpdateProject = {
                  (request: codexk8s.controlplane.v1.IUpdateProjectRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.UpdateProjectCallback): void;
                  (request: codexk8s.controlplane.v1.IUpdateProjectRequest): Promise<codexk8s.controlplane.v1.UpdateProjectResponse>;
                  readonly name: "UpdateProject";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/UpdateProject";
                  readonly requestType: "UpdateProjectRequest";
                  readonly responseType: "UpdateProjectResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#deleteProject}.
                 * @param error Error, if any
                 * @param [response] DeleteProjectResponse
                 */
                type DeleteProjectCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.DeleteProjectResponse) => void;

                /** Calls DeleteProject. */
                type DeleteProject = {
                  (request: codexk8s.controlplane.v1.IDeleteProjectRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.DeleteProjectCallback): void;
                  (request: codexk8s.controlplane.v1.IDeleteProjectRequest): Promise<codexk8s.controlplane.v1.DeleteProjectResponse>;
                  readonly name: "DeleteProject";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/DeleteProject";
                  readonly requestType: "DeleteProjectRequest";
                  readonly responseType: "DeleteProjectResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#getProjectTriggers}.
                 * @param error Error, if any
                 * @param [response] ProjectTriggersResponse
                 */
                type GetProjectTriggersCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ProjectTriggersResponse) => void;

                /** Calls GetProjectTriggers. */
                type GetProjectTriggers = {
                  (request: codexk8s.controlplane.v1.IGetProjectTriggersRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.GetProjectTriggersCallback): void;
                  (request: codexk8s.controlplane.v1.IGetProjectTriggersRequest): Promise<codexk8s.controlplane.v1.ProjectTriggersResponse>;
                  readonly name: "GetProjectTriggers";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/GetProjectTriggers";
                  readonly requestType: "GetProjectTriggersRequest";
                  readonly responseType: "ProjectTriggersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#setProjectTriggers}.
                 * @param error Error, if any
                 * @param [response] ProjectTriggersResponse
                 */
                type SetProjectTriggersCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ProjectTriggersResponse) => void;

                /** Calls SetProjectTriggers. */
                type SetProjectTriggers = {
                  (request: codexk8s.controlplane.v1.ISetProjectTriggersRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.SetProjectTriggersCallback): void;
                  (request: codexk8s.controlplane.v1.ISetProjectTriggersRequest): Promise<codexk8s.controlplane.v1.ProjectTriggersResponse>;
                  readonly name: "SetProjectTriggers";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/SetProjectTriggers";
                  readonly requestType: "SetProjectTriggersRequest";
                  readonly responseType: "ProjectTriggersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listDeliveries}.
                 * @param error Error, if any
                 * @param [response] ListDeliveriesResponse
                 */
                type ListDeliveriesCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListDeliveriesResponse) => void;

                /** Calls ListDeliveries. */
                type ListDeliveries = {
                  (request: codexk8s.controlplane.v1.IListDeliveriesRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListDeliveriesCallback): void;
                  (request: codexk8s.controlplane.v1.IListDeliveriesRequest): Promise<codexk8s.controlplane.v1.ListDeliveriesResponse>;
                  readonly name: "ListDeliveries";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListDeliveries";
                  readonly requestType: "ListDeliveriesRequest";
                  readonly responseType: "ListDeliveriesResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listRuns}.
                 * @param error Error, if any
                 * @param [response] ListRunsResponse
                 */
                type ListRunsCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListRunsResponse) => void;

                /** Calls ListRuns. */
                type ListRuns = {
                  (request: codexk8s.controlplane.v1.IListRunsRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListRunsCallback): void;
                  (request: codexk8s.controlplane.v1.IListRunsRequest): Promise<codexk8s.controlplane.v1.ListRunsResponse>;
                  readonly name: "ListRuns";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListRuns";
                  readonly requestType: "ListRunsRequest";
                  readonly responseType: "ListRunsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#getRun}.
                 * @param error Error, if any
                 * @param [response] GetRunResponse
                 */
                type GetRunCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.GetRunResponse) => void;

                /** Calls GetRun. */
                type GetRun = {
                  (request: codexk8s.controlplane.v1.IGetRunRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.GetRunCallback): void;
                  (request: codexk8s.controlplane.v1.IGetRunRequest): Promise<codexk8s.controlplane.v1.GetRunResponse>;
                  readonly name: "GetRun";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/GetRun";
                  readonly requestType: "GetRunRequest";
                  readonly responseType: "GetRunResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listRunEvents}.
                 * @param error Error, if any
                 * @param [response] ListRunEventsResponse
                 */
                type ListRunEventsCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListRunEventsResponse) => void;

                /** Calls ListRunEvents. */
                type ListRunEvents = {
                  (request: codexk8s.controlplane.v1.IListRunEventsRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListRunEventsCallback): void;
                  (request: codexk8s.controlplane.v1.IListRunEventsRequest): Promise<codexk8s.controlplane.v1.ListRunEventsResponse>;
                  readonly name: "ListRunEvents";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListRunEvents";
                  readonly requestType: "ListRunEventsRequest";
                  readonly responseType: "ListRunEventsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#watchRunEvents}.
                 * @param error Error, if any
                 * @param [response] FlowEvent
                 */
                type WatchRunEventsCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.FlowEvent) => void;

                /** Calls WatchRunEvents. */
                type WatchRunEvents = {
                  (request: codexk8s.controlplane.v1.IWatchRunEventsRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.WatchRunEventsCallback): void;
                  (request: codexk8s.controlplane.v1.IWatchRunEventsRequest): Promise<codexk8s.controlplane.v1.FlowEvent>;
                  readonly name: "WatchRunEvents";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/WatchRunEvents";
                  readonly requestType: "WatchRunEventsRequest";
                  readonly responseType: "FlowEvent";
                  readonly requestStream: undefined;
                  readonly responseStream: true;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listRunLearningFeedback}.
                 * @param error Error, if any
                 * @param [response] ListRunLearningFeedbackResponse
                 */
                type ListRunLearningFeedbackCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListRunLearningFeedbackResponse) => void;

                /** Calls ListRunLearningFeedback. */
                type ListRunLearningFeedback = {
                  (request: codexk8s.controlplane.v1.IListRunLearningFeedbackRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListRunLearningFeedbackCallback): void;
                  (request: codexk8s.controlplane.v1.IListRunLearningFeedbackRequest): Promise<codexk8s.controlplane.v1.ListRunLearningFeedbackResponse>;
                  readonly name: "ListRunLearningFeedback";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListRunLearningFeedback";
                  readonly requestType: "ListRunLearningFeedbackRequest";
                  readonly responseType: "ListRunLearningFeedbackResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#cancelRun}.
                 * @param error Error, if any
                 * @param [response] CancelRunResponse
                 */
                type CancelRunCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.CancelRunResponse) => void;

                /** Calls CancelRun. */
                type CancelRun = {
                  (request: codexk8s.controlplane.v1.ICancelRunRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.CancelRunCallback): void;
                  (request: codexk8s.controlplane.v1.ICancelRunRequest): Promise<codexk8s.controlplane.v1.CancelRunResponse>;
                  readonly name: "CancelRun";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/CancelRun";
                  readonly requestType: "CancelRunRequest";
                  readonly responseType: "CancelRunResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#rerunRun}.
                 * @param error Error, if any
                 * @param [response] RerunRunResponse
                 */
                type RerunRunCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.RerunRunResponse) => void;

                /** Calls RerunRun. */
                type RerunRun = {
                  (request: codexk8s.controlplane.v1.IRerunRunRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.RerunRunCallback): void;
                  (request: codexk8s.controlplane.v1.IRerunRunRequest): Promise<codexk8s.controlplane.v1.RerunRunResponse>;
                  readonly name: "RerunRun";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/RerunRun";
                  readonly requestType: "RerunRunRequest";
                  readonly responseType: "RerunRunResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listRunLogs}.
                 * @param error Error, if any
                 * @param [response] ListRunLogsResponse
                 */
                type ListRunLogsCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListRunLogsResponse) => void;

                /** Calls ListRunLogs. */
                type ListRunLogs = {
                  (request: codexk8s.controlplane.v1.IListRunLogsRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListRunLogsCallback): void;
                  (request: codexk8s.controlplane.v1.IListRunLogsRequest): Promise<codexk8s.controlplane.v1.ListRunLogsResponse>;
                  readonly name: "ListRunLogs";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListRunLogs";
                  readonly requestType: "ListRunLogsRequest";
                  readonly responseType: "ListRunLogsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#watchRunLogs}.
                 * @param error Error, if any
                 * @param [response] RunLogChunk
                 */
                type WatchRunLogsCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.RunLogChunk) => void;

                /** Calls WatchRunLogs. */
                type WatchRunLogs = {
                  (request: codexk8s.controlplane.v1.IWatchRunLogsRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.WatchRunLogsCallback): void;
                  (request: codexk8s.controlplane.v1.IWatchRunLogsRequest): Promise<codexk8s.controlplane.v1.RunLogChunk>;
                  readonly name: "WatchRunLogs";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/WatchRunLogs";
                  readonly requestType: "WatchRunLogsRequest";
                  readonly responseType: "RunLogChunk";
                  readonly requestStream: undefined;
                  readonly responseStream: true;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listUsers}.
                 * @param error Error, if any
                 * @param [response] ListUsersResponse
                 */
                type ListUsersCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListUsersResponse) => void;

                /** Calls ListUsers. */
                type ListUsers = {
                  (request: codexk8s.controlplane.v1.IListUsersRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListUsersCallback): void;
                  (request: codexk8s.controlplane.v1.IListUsersRequest): Promise<codexk8s.controlplane.v1.ListUsersResponse>;
                  readonly name: "ListUsers";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListUsers";
                  readonly requestType: "ListUsersRequest";
                  readonly responseType: "ListUsersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#createUser}.
                 * @param error Error, if any
                 * @param [response] CreateUserResponse
                 */
                type CreateUserCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.CreateUserResponse) => void;

                /** Calls CreateUser. */
                type CreateUser = {
                  (request: codexk8s.controlplane.v1.ICreateUserRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.CreateUserCallback): void;
                  (request: codexk8s.controlplane.v1.ICreateUserRequest): Promise<codexk8s.controlplane.v1.CreateUserResponse>;
                  readonly name: "CreateUser";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/CreateUser";
                  readonly requestType: "CreateUserRequest";
                  readonly responseType: "CreateUserResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#deleteUser}.
                 * @param error Error, if any
                 * @param [response] DeleteUserResponse
                 */
                type DeleteUserCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.DeleteUserResponse) => void;

                /** Calls DeleteUser. */
                type DeleteUser = {
                  (request: codexk8s.controlplane.v1.IDeleteUserRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.DeleteUserCallback): void;
                  (request: codexk8s.controlplane.v1.IDeleteUserRequest): Promise<codexk8s.controlplane.v1.DeleteUserResponse>;
                  readonly name: "DeleteUser";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/DeleteUser";
                  readonly requestType: "DeleteUserRequest";
                  readonly responseType: "DeleteUserResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#searchUsers}.
                 * @param error Error, if any
                 * @param [response] SearchUsersResponse
                 */
                type SearchUsersCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.SearchUsersResponse) => void;

                /** Calls SearchUsers. */
                type SearchUsers = {
                  (request: codexk8s.controlplane.v1.ISearchUsersRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.SearchUsersCallback): void;
                  (request: codexk8s.controlplane.v1.ISearchUsersRequest): Promise<codexk8s.controlplane.v1.SearchUsersResponse>;
                  readonly name: "SearchUsers";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/SearchUsers";
                  readonly requestType: "SearchUsersRequest";
                  readonly responseType: "SearchUsersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listAuditEvents}.
                 * @param error Error, if any
                 * @param [response] ListAuditEventsResponse
                 */
                type ListAuditEventsCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListAuditEventsResponse) => void;

                /** Calls ListAuditEvents. */
                type ListAuditEvents = {
                  (request: codexk8s.controlplane.v1.IListAuditEventsRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListAuditEventsCallback): void;
                  (request: codexk8s.controlplane.v1.IListAuditEventsRequest): Promise<codexk8s.controlplane.v1.ListAuditEventsResponse>;
                  readonly name: "ListAuditEvents";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListAuditEvents";
                  readonly requestType: "ListAuditEventsRequest";
                  readonly responseType: "ListAuditEventsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listProjectMembers}.
                 * @param error Error, if any
                 * @param [response] ListProjectMembersResponse
                 */
                type ListProjectMembersCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListProjectMembersResponse) => void;

                /** Calls ListProjectMembers. */
                type ListProjectMembers = {
                  (request: codexk8s.controlplane.v1.IListProjectMembersRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListProjectMembersCallback): void;
                  (request: codexk8s.controlplane.v1.IListProjectMembersRequest): Promise<codexk8s.controlplane.v1.ListProjectMembersResponse>;
                  readonly name: "ListProjectMembers";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListProjectMembers";
                  readonly requestType: "ListProjectMembersRequest";
                  readonly responseType: "ListProjectMembersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#upsertProjectMember}.
                 * @param error Error, if any
                 * @param [response] UpsertProjectMemberResponse
                 */
                type UpsertProjectMemberCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.UpsertProjectMemberResponse) => void;

                /** Calls UpsertProjectMember. */
                type UpsertProjectMember = {
                  (request: codexk8s.controlplane.v1.IUpsertProjectMemberRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.UpsertProjectMemberCallback): void;
                  (request: codexk8s.controlplane.v1.IUpsertProjectMemberRequest): Promise<codexk8s.controlplane.v1.UpsertProjectMemberResponse>;
                  readonly name: "UpsertProjectMember";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/UpsertProjectMember";
                  readonly requestType: "UpsertProjectMemberRequest";
                  readonly responseType: "UpsertProjectMemberResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#deleteProjectMember}.
                 * @param error Error, if any
                 * @param [response] DeleteProjectMemberResponse
                 */
                type DeleteProjectMemberCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.DeleteProjectMemberResponse) => void;

                /** Calls DeleteProjectMember. */
                type DeleteProjectMember = {
                  (request: codexk8s.controlplane.v1.IDeleteProjectMemberRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.DeleteProjectMemberCallback): void;
                  (request: codexk8s.controlplane.v1.IDeleteProjectMemberRequest): Promise<codexk8s.controlplane.v1.DeleteProjectMemberResponse>;
                  readonly name: "DeleteProjectMember";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/DeleteProjectMember";
                  readonly requestType: "DeleteProjectMemberRequest";
                  readonly responseType: "DeleteProjectMemberResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#setProjectMemberLearningModeOverride}.
                 * @param error Error, if any
                 * @param [response] SetProjectMemberLearningModeOverrideResponse
                 */
                type SetProjectMemberLearningModeOverrideCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse) => void;

                /** Calls SetProjectMemberLearningModeOverride. */
                type SetProjectMemberLearningModeOverride = {
                  (request: codexk8s.controlplane.v1.ISetProjectMemberLearningModeOverrideRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.SetProjectMemberLearningModeOverrideCallback): void;
                  (request: codexk8s.controlplane.v1.ISetProjectMemberLearningModeOverrideRequest): Promise<codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse>;
                  readonly name: "SetProjectMemberLearningModeOverride";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/SetProjectMemberLearningModeOverride";
                  readonly requestType: "SetProjectMemberLearningModeOverrideRequest";
                  readonly responseType: "SetProjectMemberLearningModeOverrideResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#listProjectRepositories}.
                 * @param error Error, if any
                 * @param [response] ListProjectRepositoriesResponse
                 */
                type ListProjectRepositoriesCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.ListProjectRepositoriesResponse) => void;

                /** Calls ListProjectRepositories. */
                type ListProjectRepositories = {
                  (request: codexk8s.controlplane.v1.IListProjectRepositoriesRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.ListProjectRepositoriesCallback): void;
                  (request: codexk8s.controlplane.v1.IListProjectRepositoriesRequest): Promise<codexk8s.controlplane.v1.ListProjectRepositoriesResponse>;
                  readonly name: "ListProjectRepositories";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/ListProjectRepositories";
                  readonly requestType: "ListProjectRepositoriesRequest";
                  readonly responseType: "ListProjectRepositoriesResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#upsertProjectRepository}.
                 * @param error Error, if any
                 * @param [response] UpsertProjectRepositoryResponse
                 */
                type UpsertProjectRepositoryCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.UpsertProjectRepositoryResponse) => void;

                /** Calls UpsertProjectRepository. */
                type UpsertProjectRepository = {
                  (request: codexk8s.controlplane.v1.IUpsertProjectRepositoryRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.UpsertProjectRepositoryCallback): void;
                  (request: codexk8s.controlplane.v1.IUpsertProjectRepositoryRequest): Promise<codexk8s.controlplane.v1.UpsertProjectRepositoryResponse>;
                  readonly name: "UpsertProjectRepository";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/UpsertProjectRepository";
                  readonly requestType: "UpsertProjectRepositoryRequest";
                  readonly responseType: "UpsertProjectRepositoryResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#deleteProjectRepository}.
                 * @param error Error, if any
                 * @param [response] DeleteProjectRepositoryResponse
                 */
                type DeleteProjectRepositoryCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.DeleteProjectRepositoryResponse) => void;

                /** Calls DeleteProjectRepository. */
                type DeleteProjectRepository = {
                  (request: codexk8s.controlplane.v1.IDeleteProjectRepositoryRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.DeleteProjectRepositoryCallback): void;
                  (request: codexk8s.controlplane.v1.IDeleteProjectRepositoryRequest): Promise<codexk8s.controlplane.v1.DeleteProjectRepositoryResponse>;
                  readonly name: "DeleteProjectRepository";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/DeleteProjectRepository";
                  readonly requestType: "DeleteProjectRepositoryRequest";
                  readonly responseType: "DeleteProjectRepositoryResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link codexk8s.controlplane.v1.ControlPlaneService#recoverRepositoryDeliveries}.
                 * @param error Error, if any
                 * @param [response] RecoverRepositoryDeliveriesResponse
                 */
                type RecoverRepositoryDeliveriesCallback = (error: (Error|null), response?: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse) => void;

                /** Calls RecoverRepositoryDeliveries. */
                type RecoverRepositoryDeliveries = {
                  (request: codexk8s.controlplane.v1.IRecoverRepositoryDeliveriesRequest, callback: codexk8s.controlplane.v1.ControlPlaneService.RecoverRepositoryDeliveriesCallback): void;
                  (request: codexk8s.controlplane.v1.IRecoverRepositoryDeliveriesRequest): Promise<codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse>;
                  readonly name: "RecoverRepositoryDeliveries";
                  readonly path: "/codexk8s.controlplane.v1.ControlPlaneService/RecoverRepositoryDeliveries";
                  readonly requestType: "RecoverRepositoryDeliveriesRequest";
                  readonly responseType: "RecoverRepositoryDeliveriesResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a Principal.
             * @deprecated Use codexk8s.controlplane.v1.Principal.$Properties instead.
             */
            interface IPrincipal extends codexk8s.controlplane.v1.Principal.$Properties {
            }

            /** Represents a Principal. */
            class Principal {

                /**
                 * Constructs a new Principal.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.Principal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Principal userId. */
                userId: string;

                /** Principal email. */
                email: string;

                /** Principal githubLogin. */
                githubLogin: string;

                /** Principal isPlatformAdmin. */
                isPlatformAdmin: boolean;

                /** Principal isPlatformOwner. */
                isPlatformOwner: boolean;

                /**
                 * Creates a new Principal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Principal instance
                 */
                static create(properties: codexk8s.controlplane.v1.Principal.$Shape): codexk8s.controlplane.v1.Principal & codexk8s.controlplane.v1.Principal.$Shape;
                static create(properties?: codexk8s.controlplane.v1.Principal.$Properties): codexk8s.controlplane.v1.Principal;

                /**
                 * Encodes the specified Principal message. Does not implicitly {@link codexk8s.controlplane.v1.Principal.verify|verify} messages.
                 * @param m Principal message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.Principal.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Principal message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.Principal.verify|verify} messages.
                 * @param message Principal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.Principal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Principal message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.Principal & codexk8s.controlplane.v1.Principal.$Shape} Principal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.Principal & codexk8s.controlplane.v1.Principal.$Shape;

                /**
                 * Decodes a Principal message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.Principal & codexk8s.controlplane.v1.Principal.$Shape} Principal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.Principal & codexk8s.controlplane.v1.Principal.$Shape;

                /**
                 * Verifies a Principal message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Principal message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Principal
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.Principal;

                /**
                 * Creates a plain object from a Principal message. Also converts values to other types if specified.
                 * @param m Principal
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.Principal, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Principal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Principal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Principal {

                /** Properties of a Principal. */
                interface $Properties {

                    /** Principal userId */
                    userId?: string;

                    /** Principal email */
                    email?: string;

                    /** Principal githubLogin */
                    githubLogin?: string;

                    /** Principal isPlatformAdmin */
                    isPlatformAdmin?: boolean;

                    /** Principal isPlatformOwner */
                    isPlatformOwner?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Principal. */
                type $Shape = codexk8s.controlplane.v1.Principal.$Properties;
            }

            /**
             * Properties of an IngestGitHubWebhookRequest.
             * @deprecated Use codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Properties instead.
             */
            interface IIngestGitHubWebhookRequest extends codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Properties {
            }

            /** Represents an IngestGitHubWebhookRequest. */
            class IngestGitHubWebhookRequest {

                /**
                 * Constructs a new IngestGitHubWebhookRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IngestGitHubWebhookRequest correlationId. */
                correlationId: string;

                /** IngestGitHubWebhookRequest eventType. */
                eventType: string;

                /** IngestGitHubWebhookRequest deliveryId. */
                deliveryId: string;

                /** IngestGitHubWebhookRequest receivedAt. */
                receivedAt: google.protobuf.Timestamp;

                /** IngestGitHubWebhookRequest payload. */
                payload: Uint8Array;

                /**
                 * Creates a new IngestGitHubWebhookRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IngestGitHubWebhookRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Shape): codexk8s.controlplane.v1.IngestGitHubWebhookRequest & codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Properties): codexk8s.controlplane.v1.IngestGitHubWebhookRequest;

                /**
                 * Encodes the specified IngestGitHubWebhookRequest message. Does not implicitly {@link codexk8s.controlplane.v1.IngestGitHubWebhookRequest.verify|verify} messages.
                 * @param m IngestGitHubWebhookRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified IngestGitHubWebhookRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.IngestGitHubWebhookRequest.verify|verify} messages.
                 * @param message IngestGitHubWebhookRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IngestGitHubWebhookRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.IngestGitHubWebhookRequest & codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Shape} IngestGitHubWebhookRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.IngestGitHubWebhookRequest & codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Shape;

                /**
                 * Decodes an IngestGitHubWebhookRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.IngestGitHubWebhookRequest & codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Shape} IngestGitHubWebhookRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.IngestGitHubWebhookRequest & codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Shape;

                /**
                 * Verifies an IngestGitHubWebhookRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an IngestGitHubWebhookRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns IngestGitHubWebhookRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.IngestGitHubWebhookRequest;

                /**
                 * Creates a plain object from an IngestGitHubWebhookRequest message. Also converts values to other types if specified.
                 * @param m IngestGitHubWebhookRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.IngestGitHubWebhookRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IngestGitHubWebhookRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for IngestGitHubWebhookRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IngestGitHubWebhookRequest {

                /** Properties of an IngestGitHubWebhookRequest. */
                interface $Properties {

                    /** IngestGitHubWebhookRequest correlationId */
                    correlationId?: string;

                    /** IngestGitHubWebhookRequest eventType */
                    eventType?: string;

                    /** IngestGitHubWebhookRequest deliveryId */
                    deliveryId?: string;

                    /** IngestGitHubWebhookRequest receivedAt */
                    receivedAt?: google.protobuf.Timestamp.$Properties;

                    /** IngestGitHubWebhookRequest payload */
                    payload?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IngestGitHubWebhookRequest. */
                type $Shape = codexk8s.controlplane.v1.IngestGitHubWebhookRequest.$Properties;
            }

            /**
             * Properties of an IngestGitHubWebhookResponse.
             * @deprecated Use codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Properties instead.
             */
            interface IIngestGitHubWebhookResponse extends codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Properties {
            }

            /** Represents an IngestGitHubWebhookResponse. */
            class IngestGitHubWebhookResponse {

                /**
                 * Constructs a new IngestGitHubWebhookResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IngestGitHubWebhookResponse correlationId. */
                correlationId: string;

                /** IngestGitHubWebhookResponse runId. */
                runId: string;

                /** IngestGitHubWebhookResponse status. */
                status: string;

                /** IngestGitHubWebhookResponse duplicate. */
                duplicate: boolean;

                /** IngestGitHubWebhookResponse reason. */
                reason: string;

                /**
                 * Creates a new IngestGitHubWebhookResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IngestGitHubWebhookResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Shape): codexk8s.controlplane.v1.IngestGitHubWebhookResponse & codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Properties): codexk8s.controlplane.v1.IngestGitHubWebhookResponse;

                /**
                 * Encodes the specified IngestGitHubWebhookResponse message. Does not implicitly {@link codexk8s.controlplane.v1.IngestGitHubWebhookResponse.verify|verify} messages.
                 * @param m IngestGitHubWebhookResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified IngestGitHubWebhookResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.IngestGitHubWebhookResponse.verify|verify} messages.
                 * @param message IngestGitHubWebhookResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IngestGitHubWebhookResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.IngestGitHubWebhookResponse & codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Shape} IngestGitHubWebhookResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.IngestGitHubWebhookResponse & codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Shape;

                /**
                 * Decodes an IngestGitHubWebhookResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.IngestGitHubWebhookResponse & codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Shape} IngestGitHubWebhookResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.IngestGitHubWebhookResponse & codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Shape;

                /**
                 * Verifies an IngestGitHubWebhookResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an IngestGitHubWebhookResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns IngestGitHubWebhookResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.IngestGitHubWebhookResponse;

                /**
                 * Creates a plain object from an IngestGitHubWebhookResponse message. Also converts values to other types if specified.
                 * @param m IngestGitHubWebhookResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.IngestGitHubWebhookResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IngestGitHubWebhookResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for IngestGitHubWebhookResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IngestGitHubWebhookResponse {

                /** Properties of an IngestGitHubWebhookResponse. */
                interface $Properties {

                    /** IngestGitHubWebhookResponse correlationId */
                    correlationId?: string;

                    /** IngestGitHubWebhookResponse runId */
                    runId?: string;

                    /** IngestGitHubWebhookResponse status */
                    status?: string;

                    /** IngestGitHubWebhookResponse duplicate */
                    duplicate?: boolean;

                    /** IngestGitHubWebhookResponse reason */
                    reason?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IngestGitHubWebhookResponse. */
                type $Shape = codexk8s.controlplane.v1.IngestGitHubWebhookResponse.$Properties;
            }

            /**
             * Properties of a Delivery.
             * @deprecated Use codexk8s.controlplane.v1.Delivery.$Properties instead.
             */
            interface IDelivery extends codexk8s.controlplane.v1.Delivery.$Properties {
            }

            /** Represents a Delivery. */
            class Delivery {

                /**
                 * Constructs a new Delivery.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.Delivery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Delivery deliveryId. */
                deliveryId: string;

                /** Delivery event. */
                event: string;

                /** Delivery action. */
                action: string;

                /** Delivery repositoryExternalId. */
                repositoryExternalId: number;

                /** Delivery repositoryFullName. */
                repositoryFullName: string;

                /** Delivery senderLogin. */
                senderLogin: string;

                /** Delivery receivedAt. */
                receivedAt: google.protobuf.Timestamp;

                /** Delivery outcome. */
                outcome: string;

                /** Delivery reason. */
                reason: string;

                /** Delivery runId. */
                runId: string;

                /** Delivery projectId. */
                projectId: string;

                /** Delivery projectSlug. */
                projectSlug: string;

                /**
                 * Creates a new Delivery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Delivery instance
                 */
                static create(properties: codexk8s.controlplane.v1.Delivery.$Shape): codexk8s.controlplane.v1.Delivery & codexk8s.controlplane.v1.Delivery.$Shape;
                static create(properties?: codexk8s.controlplane.v1.Delivery.$Properties): codexk8s.controlplane.v1.Delivery;

                /**
                 * Encodes the specified Delivery message. Does not implicitly {@link codexk8s.controlplane.v1.Delivery.verify|verify} messages.
                 * @param m Delivery message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.Delivery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Delivery message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.Delivery.verify|verify} messages.
                 * @param message Delivery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delivery message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.Delivery & codexk8s.controlplane.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.Delivery & codexk8s.controlplane.v1.Delivery.$Shape;

                /**
                 * Decodes a Delivery message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.Delivery & codexk8s.controlplane.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.Delivery & codexk8s.controlplane.v1.Delivery.$Shape;

                /**
                 * Verifies a Delivery message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Delivery
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.Delivery;

                /**
                 * Creates a plain object from a Delivery message. Also converts values to other types if specified.
                 * @param m Delivery
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.Delivery, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Delivery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Delivery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delivery {

                /** Properties of a Delivery. */
                interface $Properties {

                    /** Delivery deliveryId */
                    deliveryId?: string;

                    /** Delivery event */
                    event?: string;

                    /** Delivery action */
                    action?: string;

                    /** Delivery repositoryExternalId */
                    repositoryExternalId?: number;

                    /** Delivery repositoryFullName */
                    repositoryFullName?: string;

                    /** Delivery senderLogin */
                    senderLogin?: string;

                    /** Delivery receivedAt */
                    receivedAt?: google.protobuf.Timestamp.$Properties;

                    /** Delivery outcome */
                    outcome?: string;

                    /** Delivery reason */
                    reason?: string;

                    /** Delivery runId */
                    runId?: string;

                    /** Delivery projectId */
                    projectId?: string;

                    /** Delivery projectSlug */
                    projectSlug?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delivery. */
                type $Shape = codexk8s.controlplane.v1.Delivery.$Properties;
            }

            /**
             * Properties of a ListDeliveriesRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListDeliveriesRequest.$Properties instead.
             */
            interface IListDeliveriesRequest extends codexk8s.controlplane.v1.ListDeliveriesRequest.$Properties {
            }

            /** Represents a ListDeliveriesRequest. */
            class ListDeliveriesRequest {

                /**
                 * Constructs a new ListDeliveriesRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListDeliveriesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListDeliveriesRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListDeliveriesRequest limit. */
                limit: number;

                /** ListDeliveriesRequest cursor. */
                cursor: string;

                /** ListDeliveriesRequest projectId. */
                projectId: string;

                /** ListDeliveriesRequest outcome. */
                outcome: string;

                /**
                 * Creates a new ListDeliveriesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDeliveriesRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListDeliveriesRequest.$Shape): codexk8s.controlplane.v1.ListDeliveriesRequest & codexk8s.controlplane.v1.ListDeliveriesRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListDeliveriesRequest.$Properties): codexk8s.controlplane.v1.ListDeliveriesRequest;

                /**
                 * Encodes the specified ListDeliveriesRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListDeliveriesRequest.verify|verify} messages.
                 * @param m ListDeliveriesRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListDeliveriesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListDeliveriesRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListDeliveriesRequest.verify|verify} messages.
                 * @param message ListDeliveriesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListDeliveriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDeliveriesRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListDeliveriesRequest & codexk8s.controlplane.v1.ListDeliveriesRequest.$Shape} ListDeliveriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListDeliveriesRequest & codexk8s.controlplane.v1.ListDeliveriesRequest.$Shape;

                /**
                 * Decodes a ListDeliveriesRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListDeliveriesRequest & codexk8s.controlplane.v1.ListDeliveriesRequest.$Shape} ListDeliveriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListDeliveriesRequest & codexk8s.controlplane.v1.ListDeliveriesRequest.$Shape;

                /**
                 * Verifies a ListDeliveriesRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDeliveriesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListDeliveriesRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListDeliveriesRequest;

                /**
                 * Creates a plain object from a ListDeliveriesRequest message. Also converts values to other types if specified.
                 * @param m ListDeliveriesRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListDeliveriesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDeliveriesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListDeliveriesRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListDeliveriesRequest {

                /** Properties of a ListDeliveriesRequest. */
                interface $Properties {

                    /** ListDeliveriesRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListDeliveriesRequest limit */
                    limit?: number;

                    /** ListDeliveriesRequest cursor */
                    cursor?: string;

                    /** ListDeliveriesRequest projectId */
                    projectId?: string;

                    /** ListDeliveriesRequest outcome */
                    outcome?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDeliveriesRequest. */
                type $Shape = codexk8s.controlplane.v1.ListDeliveriesRequest.$Properties;
            }

            /**
             * Properties of a ListDeliveriesResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListDeliveriesResponse.$Properties instead.
             */
            interface IListDeliveriesResponse extends codexk8s.controlplane.v1.ListDeliveriesResponse.$Properties {
            }

            /** Represents a ListDeliveriesResponse. */
            class ListDeliveriesResponse {

                /**
                 * Constructs a new ListDeliveriesResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListDeliveriesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListDeliveriesResponse items. */
                items: codexk8s.controlplane.v1.Delivery[];

                /** ListDeliveriesResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListDeliveriesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDeliveriesResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListDeliveriesResponse.$Shape): codexk8s.controlplane.v1.ListDeliveriesResponse & codexk8s.controlplane.v1.ListDeliveriesResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListDeliveriesResponse.$Properties): codexk8s.controlplane.v1.ListDeliveriesResponse;

                /**
                 * Encodes the specified ListDeliveriesResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListDeliveriesResponse.verify|verify} messages.
                 * @param m ListDeliveriesResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListDeliveriesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListDeliveriesResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListDeliveriesResponse.verify|verify} messages.
                 * @param message ListDeliveriesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListDeliveriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDeliveriesResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListDeliveriesResponse & codexk8s.controlplane.v1.ListDeliveriesResponse.$Shape} ListDeliveriesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListDeliveriesResponse & codexk8s.controlplane.v1.ListDeliveriesResponse.$Shape;

                /**
                 * Decodes a ListDeliveriesResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListDeliveriesResponse & codexk8s.controlplane.v1.ListDeliveriesResponse.$Shape} ListDeliveriesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListDeliveriesResponse & codexk8s.controlplane.v1.ListDeliveriesResponse.$Shape;

                /**
                 * Verifies a ListDeliveriesResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDeliveriesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListDeliveriesResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListDeliveriesResponse;

                /**
                 * Creates a plain object from a ListDeliveriesResponse message. Also converts values to other types if specified.
                 * @param m ListDeliveriesResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListDeliveriesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDeliveriesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListDeliveriesResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListDeliveriesResponse {

                /** Properties of a ListDeliveriesResponse. */
                interface $Properties {

                    /** ListDeliveriesResponse items */
                    items?: codexk8s.controlplane.v1.Delivery.$Properties[];

                    /** ListDeliveriesResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDeliveriesResponse. */
                type $Shape = codexk8s.controlplane.v1.ListDeliveriesResponse.$Properties;
            }

            /**
             * Properties of a StaffUser.
             * @deprecated Use codexk8s.controlplane.v1.StaffUser.$Properties instead.
             */
            interface IStaffUser extends codexk8s.controlplane.v1.StaffUser.$Properties {
            }

            /** Represents a StaffUser. */
            class StaffUser {

                /**
                 * Constructs a new StaffUser.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.StaffUser.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StaffUser id. */
                id: string;

                /** StaffUser email. */
                email: string;

                /** StaffUser githubUserId. */
                githubUserId: number;

                /** StaffUser githubLogin. */
                githubLogin: string;

                /** StaffUser isPlatformAdmin. */
                isPlatformAdmin: boolean;

                /** StaffUser isPlatformOwner. */
                isPlatformOwner: boolean;

                /** StaffUser createdAt. */
                createdAt: google.protobuf.Timestamp;

                /** StaffUser updatedAt. */
                updatedAt: google.protobuf.Timestamp;

                /** StaffUser lastSignInAt. */
                lastSignInAt: google.protobuf.Timestamp;

                /**
                 * Creates a new StaffUser instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StaffUser instance
                 */
                static create(properties: codexk8s.controlplane.v1.StaffUser.$Shape): codexk8s.controlplane.v1.StaffUser & codexk8s.controlplane.v1.StaffUser.$Shape;
                static create(properties?: codexk8s.controlplane.v1.StaffUser.$Properties): codexk8s.controlplane.v1.StaffUser;

                /**
                 * Encodes the specified StaffUser message. Does not implicitly {@link codexk8s.controlplane.v1.StaffUser.verify|verify} messages.
                 * @param m StaffUser message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.StaffUser.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StaffUser message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.StaffUser.verify|verify} messages.
                 * @param message StaffUser message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.StaffUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StaffUser message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.StaffUser & codexk8s.controlplane.v1.StaffUser.$Shape} StaffUser
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.StaffUser & codexk8s.controlplane.v1.StaffUser.$Shape;

                /**
                 * Decodes a StaffUser message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.StaffUser & codexk8s.controlplane.v1.StaffUser.$Shape} StaffUser
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.StaffUser & codexk8s.controlplane.v1.StaffUser.$Shape;

                /**
                 * Verifies a StaffUser message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a StaffUser message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns StaffUser
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.StaffUser;

                /**
                 * Creates a plain object from a StaffUser message. Also converts values to other types if specified.
                 * @param m StaffUser
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.StaffUser, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StaffUser to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StaffUser
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StaffUser {

                /** Properties of a StaffUser. */
                interface $Properties {

                    /** StaffUser id */
                    id?: string;

                    /** StaffUser email */
                    email?: string;

                    /** StaffUser githubUserId */
                    githubUserId?: number;

                    /** StaffUser githubLogin */
                    githubLogin?: string;

                    /** StaffUser isPlatformAdmin */
                    isPlatformAdmin?: boolean;

                    /** StaffUser isPlatformOwner */
                    isPlatformOwner?: boolean;

                    /** StaffUser createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** StaffUser updatedAt */
                    updatedAt?: google.protobuf.Timestamp.$Properties;

                    /** StaffUser lastSignInAt */
                    lastSignInAt?: google.protobuf.Timestamp.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StaffUser. */
                type $Shape = codexk8s.controlplane.v1.StaffUser.$Properties;
            }

            /**
             * Properties of an AuthorizeOAuthUserRequest.
             * @deprecated Use codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Properties instead.
             */
            interface IAuthorizeOAuthUserRequest extends codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Properties {
            }

            /** Represents an AuthorizeOAuthUserRequest. */
            class AuthorizeOAuthUserRequest {

                /**
                 * Constructs a new AuthorizeOAuthUserRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuthorizeOAuthUserRequest email. */
                email: string;

                /** AuthorizeOAuthUserRequest githubUserId. */
                githubUserId: number;

                /** AuthorizeOAuthUserRequest githubLogin. */
                githubLogin: string;

                /**
                 * Creates a new AuthorizeOAuthUserRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthorizeOAuthUserRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Shape): codexk8s.controlplane.v1.AuthorizeOAuthUserRequest & codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Properties): codexk8s.controlplane.v1.AuthorizeOAuthUserRequest;

                /**
                 * Encodes the specified AuthorizeOAuthUserRequest message. Does not implicitly {@link codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.verify|verify} messages.
                 * @param m AuthorizeOAuthUserRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AuthorizeOAuthUserRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.verify|verify} messages.
                 * @param message AuthorizeOAuthUserRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthorizeOAuthUserRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.AuthorizeOAuthUserRequest & codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Shape} AuthorizeOAuthUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.AuthorizeOAuthUserRequest & codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Shape;

                /**
                 * Decodes an AuthorizeOAuthUserRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.AuthorizeOAuthUserRequest & codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Shape} AuthorizeOAuthUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.AuthorizeOAuthUserRequest & codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Shape;

                /**
                 * Verifies an AuthorizeOAuthUserRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuthorizeOAuthUserRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AuthorizeOAuthUserRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.AuthorizeOAuthUserRequest;

                /**
                 * Creates a plain object from an AuthorizeOAuthUserRequest message. Also converts values to other types if specified.
                 * @param m AuthorizeOAuthUserRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.AuthorizeOAuthUserRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuthorizeOAuthUserRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuthorizeOAuthUserRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuthorizeOAuthUserRequest {

                /** Properties of an AuthorizeOAuthUserRequest. */
                interface $Properties {

                    /** AuthorizeOAuthUserRequest email */
                    email?: string;

                    /** AuthorizeOAuthUserRequest githubUserId */
                    githubUserId?: number;

                    /** AuthorizeOAuthUserRequest githubLogin */
                    githubLogin?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuthorizeOAuthUserRequest. */
                type $Shape = codexk8s.controlplane.v1.AuthorizeOAuthUserRequest.$Properties;
            }

            /**
             * Properties of an AuthorizeOAuthUserResponse.
             * @deprecated Use codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Properties instead.
             */
            interface IAuthorizeOAuthUserResponse extends codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Properties {
            }

            /** Represents an AuthorizeOAuthUserResponse. */
            class AuthorizeOAuthUserResponse {

                /**
                 * Constructs a new AuthorizeOAuthUserResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuthorizeOAuthUserResponse user. */
                user: codexk8s.controlplane.v1.StaffUser;

                /**
                 * Creates a new AuthorizeOAuthUserResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthorizeOAuthUserResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Shape): codexk8s.controlplane.v1.AuthorizeOAuthUserResponse & codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Properties): codexk8s.controlplane.v1.AuthorizeOAuthUserResponse;

                /**
                 * Encodes the specified AuthorizeOAuthUserResponse message. Does not implicitly {@link codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.verify|verify} messages.
                 * @param m AuthorizeOAuthUserResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AuthorizeOAuthUserResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.verify|verify} messages.
                 * @param message AuthorizeOAuthUserResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthorizeOAuthUserResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.AuthorizeOAuthUserResponse & codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Shape} AuthorizeOAuthUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.AuthorizeOAuthUserResponse & codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Shape;

                /**
                 * Decodes an AuthorizeOAuthUserResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.AuthorizeOAuthUserResponse & codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Shape} AuthorizeOAuthUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.AuthorizeOAuthUserResponse & codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Shape;

                /**
                 * Verifies an AuthorizeOAuthUserResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuthorizeOAuthUserResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AuthorizeOAuthUserResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.AuthorizeOAuthUserResponse;

                /**
                 * Creates a plain object from an AuthorizeOAuthUserResponse message. Also converts values to other types if specified.
                 * @param m AuthorizeOAuthUserResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.AuthorizeOAuthUserResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuthorizeOAuthUserResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuthorizeOAuthUserResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuthorizeOAuthUserResponse {

                /** Properties of an AuthorizeOAuthUserResponse. */
                interface $Properties {

                    /** AuthorizeOAuthUserResponse user */
                    user?: codexk8s.controlplane.v1.StaffUser.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuthorizeOAuthUserResponse. */
                type $Shape = codexk8s.controlplane.v1.AuthorizeOAuthUserResponse.$Properties;
            }

            /**
             * Properties of a ResolveStaffByEmailRequest.
             * @deprecated Use codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Properties instead.
             */
            interface IResolveStaffByEmailRequest extends codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Properties {
            }

            /** Represents a ResolveStaffByEmailRequest. */
            class ResolveStaffByEmailRequest {

                /**
                 * Constructs a new ResolveStaffByEmailRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResolveStaffByEmailRequest email. */
                email: string;

                /** ResolveStaffByEmailRequest loginHint. */
                loginHint: string;

                /**
                 * Creates a new ResolveStaffByEmailRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResolveStaffByEmailRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Shape): codexk8s.controlplane.v1.ResolveStaffByEmailRequest & codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Properties): codexk8s.controlplane.v1.ResolveStaffByEmailRequest;

                /**
                 * Encodes the specified ResolveStaffByEmailRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ResolveStaffByEmailRequest.verify|verify} messages.
                 * @param m ResolveStaffByEmailRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ResolveStaffByEmailRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ResolveStaffByEmailRequest.verify|verify} messages.
                 * @param message ResolveStaffByEmailRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResolveStaffByEmailRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ResolveStaffByEmailRequest & codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Shape} ResolveStaffByEmailRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ResolveStaffByEmailRequest & codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Shape;

                /**
                 * Decodes a ResolveStaffByEmailRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ResolveStaffByEmailRequest & codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Shape} ResolveStaffByEmailRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ResolveStaffByEmailRequest & codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Shape;

                /**
                 * Verifies a ResolveStaffByEmailRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResolveStaffByEmailRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ResolveStaffByEmailRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ResolveStaffByEmailRequest;

                /**
                 * Creates a plain object from a ResolveStaffByEmailRequest message. Also converts values to other types if specified.
                 * @param m ResolveStaffByEmailRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ResolveStaffByEmailRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResolveStaffByEmailRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResolveStaffByEmailRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResolveStaffByEmailRequest {

                /** Properties of a ResolveStaffByEmailRequest. */
                interface $Properties {

                    /** ResolveStaffByEmailRequest email */
                    email?: string;

                    /** ResolveStaffByEmailRequest loginHint */
                    loginHint?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResolveStaffByEmailRequest. */
                type $Shape = codexk8s.controlplane.v1.ResolveStaffByEmailRequest.$Properties;
            }

            /**
             * Properties of a ResolveStaffByEmailResponse.
             * @deprecated Use codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Properties instead.
             */
            interface IResolveStaffByEmailResponse extends codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Properties {
            }

            /** Represents a ResolveStaffByEmailResponse. */
            class ResolveStaffByEmailResponse {

                /**
                 * Constructs a new ResolveStaffByEmailResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResolveStaffByEmailResponse user. */
                user: codexk8s.controlplane.v1.StaffUser;

                /**
                 * Creates a new ResolveStaffByEmailResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResolveStaffByEmailResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Shape): codexk8s.controlplane.v1.ResolveStaffByEmailResponse & codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Properties): codexk8s.controlplane.v1.ResolveStaffByEmailResponse;

                /**
                 * Encodes the specified ResolveStaffByEmailResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ResolveStaffByEmailResponse.verify|verify} messages.
                 * @param m ResolveStaffByEmailResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ResolveStaffByEmailResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ResolveStaffByEmailResponse.verify|verify} messages.
                 * @param message ResolveStaffByEmailResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResolveStaffByEmailResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ResolveStaffByEmailResponse & codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Shape} ResolveStaffByEmailResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ResolveStaffByEmailResponse & codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Shape;

                /**
                 * Decodes a ResolveStaffByEmailResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ResolveStaffByEmailResponse & codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Shape} ResolveStaffByEmailResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ResolveStaffByEmailResponse & codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Shape;

                /**
                 * Verifies a ResolveStaffByEmailResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResolveStaffByEmailResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ResolveStaffByEmailResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ResolveStaffByEmailResponse;

                /**
                 * Creates a plain object from a ResolveStaffByEmailResponse message. Also converts values to other types if specified.
                 * @param m ResolveStaffByEmailResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ResolveStaffByEmailResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResolveStaffByEmailResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResolveStaffByEmailResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResolveStaffByEmailResponse {

                /** Properties of a ResolveStaffByEmailResponse. */
                interface $Properties {

                    /** ResolveStaffByEmailResponse user */
                    user?: codexk8s.controlplane.v1.StaffUser.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResolveStaffByEmailResponse. */
                type $Shape = codexk8s.controlplane.v1.ResolveStaffByEmailResponse.$Properties;
            }

            /**
             * Properties of a GetSignedInUserRequest.
             * @deprecated Use codexk8s.controlplane.v1.GetSignedInUserRequest.$Properties instead.
             */
            interface IGetSignedInUserRequest extends codexk8s.controlplane.v1.GetSignedInUserRequest.$Properties {
            }

            /** Represents a GetSignedInUserRequest. */
            class GetSignedInUserRequest {

                /**
                 * Constructs a new GetSignedInUserRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GetSignedInUserRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetSignedInUserRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /**
                 * Creates a new GetSignedInUserRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetSignedInUserRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.GetSignedInUserRequest.$Shape): codexk8s.controlplane.v1.GetSignedInUserRequest & codexk8s.controlplane.v1.GetSignedInUserRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GetSignedInUserRequest.$Properties): codexk8s.controlplane.v1.GetSignedInUserRequest;

                /**
                 * Encodes the specified GetSignedInUserRequest message. Does not implicitly {@link codexk8s.controlplane.v1.GetSignedInUserRequest.verify|verify} messages.
                 * @param m GetSignedInUserRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GetSignedInUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetSignedInUserRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GetSignedInUserRequest.verify|verify} messages.
                 * @param message GetSignedInUserRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GetSignedInUserRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetSignedInUserRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GetSignedInUserRequest & codexk8s.controlplane.v1.GetSignedInUserRequest.$Shape} GetSignedInUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GetSignedInUserRequest & codexk8s.controlplane.v1.GetSignedInUserRequest.$Shape;

                /**
                 * Decodes a GetSignedInUserRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GetSignedInUserRequest & codexk8s.controlplane.v1.GetSignedInUserRequest.$Shape} GetSignedInUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GetSignedInUserRequest & codexk8s.controlplane.v1.GetSignedInUserRequest.$Shape;

                /**
                 * Verifies a GetSignedInUserRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetSignedInUserRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GetSignedInUserRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GetSignedInUserRequest;

                /**
                 * Creates a plain object from a GetSignedInUserRequest message. Also converts values to other types if specified.
                 * @param m GetSignedInUserRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GetSignedInUserRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetSignedInUserRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetSignedInUserRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetSignedInUserRequest {

                /** Properties of a GetSignedInUserRequest. */
                interface $Properties {

                    /** GetSignedInUserRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetSignedInUserRequest. */
                type $Shape = codexk8s.controlplane.v1.GetSignedInUserRequest.$Properties;
            }

            /**
             * Properties of a GetSignedInUserResponse.
             * @deprecated Use codexk8s.controlplane.v1.GetSignedInUserResponse.$Properties instead.
             */
            interface IGetSignedInUserResponse extends codexk8s.controlplane.v1.GetSignedInUserResponse.$Properties {
            }

            /** Represents a GetSignedInUserResponse. */
            class GetSignedInUserResponse {

                /**
                 * Constructs a new GetSignedInUserResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GetSignedInUserResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetSignedInUserResponse user. */
                user: codexk8s.controlplane.v1.StaffUser;

                /**
                 * Creates a new GetSignedInUserResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetSignedInUserResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.GetSignedInUserResponse.$Shape): codexk8s.controlplane.v1.GetSignedInUserResponse & codexk8s.controlplane.v1.GetSignedInUserResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GetSignedInUserResponse.$Properties): codexk8s.controlplane.v1.GetSignedInUserResponse;

                /**
                 * Encodes the specified GetSignedInUserResponse message. Does not implicitly {@link codexk8s.controlplane.v1.GetSignedInUserResponse.verify|verify} messages.
                 * @param m GetSignedInUserResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GetSignedInUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetSignedInUserResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GetSignedInUserResponse.verify|verify} messages.
                 * @param message GetSignedInUserResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GetSignedInUserResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetSignedInUserResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GetSignedInUserResponse & codexk8s.controlplane.v1.GetSignedInUserResponse.$Shape} GetSignedInUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GetSignedInUserResponse & codexk8s.controlplane.v1.GetSignedInUserResponse.$Shape;

                /**
                 * Decodes a GetSignedInUserResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GetSignedInUserResponse & codexk8s.controlplane.v1.GetSignedInUserResponse.$Shape} GetSignedInUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GetSignedInUserResponse & codexk8s.controlplane.v1.GetSignedInUserResponse.$Shape;

                /**
                 * Verifies a GetSignedInUserResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetSignedInUserResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GetSignedInUserResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GetSignedInUserResponse;

                /**
                 * Creates a plain object from a GetSignedInUserResponse message. Also converts values to other types if specified.
                 * @param m GetSignedInUserResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GetSignedInUserResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetSignedInUserResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetSignedInUserResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetSignedInUserResponse {

                /** Properties of a GetSignedInUserResponse. */
                interface $Properties {

                    /** GetSignedInUserResponse user */
                    user?: codexk8s.controlplane.v1.StaffUser.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetSignedInUserResponse. */
                type $Shape = codexk8s.controlplane.v1.GetSignedInUserResponse.$Properties;
            }

            /**
             * Properties of a ListUsersRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListUsersRequest.$Properties instead.
             */
            interface IListUsersRequest extends codexk8s.controlplane.v1.ListUsersRequest.$Properties {
            }

            /** Represents a ListUsersRequest. */
            class ListUsersRequest {

                /**
                 * Constructs a new ListUsersRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListUsersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListUsersRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListUsersRequest limit. */
                limit: number;

                /** ListUsersRequest cursor. */
                cursor: string;

                /**
                 * Creates a new ListUsersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListUsersRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListUsersRequest.$Shape): codexk8s.controlplane.v1.ListUsersRequest & codexk8s.controlplane.v1.ListUsersRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListUsersRequest.$Properties): codexk8s.controlplane.v1.ListUsersRequest;

                /**
                 * Encodes the specified ListUsersRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListUsersRequest.verify|verify} messages.
                 * @param m ListUsersRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListUsersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListUsersRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListUsersRequest.verify|verify} messages.
                 * @param message ListUsersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListUsersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListUsersRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListUsersRequest & codexk8s.controlplane.v1.ListUsersRequest.$Shape} ListUsersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListUsersRequest & codexk8s.controlplane.v1.ListUsersRequest.$Shape;

                /**
                 * Decodes a ListUsersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListUsersRequest & codexk8s.controlplane.v1.ListUsersRequest.$Shape} ListUsersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListUsersRequest & codexk8s.controlplane.v1.ListUsersRequest.$Shape;

                /**
                 * Verifies a ListUsersRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListUsersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListUsersRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListUsersRequest;

                /**
                 * Creates a plain object from a ListUsersRequest message. Also converts values to other types if specified.
                 * @param m ListUsersRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListUsersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListUsersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListUsersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListUsersRequest {

                /** Properties of a ListUsersRequest. */
                interface $Properties {

                    /** ListUsersRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListUsersRequest limit */
                    limit?: number;

                    /** ListUsersRequest cursor */
                    cursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListUsersRequest. */
                type $Shape = codexk8s.controlplane.v1.ListUsersRequest.$Properties;
            }

            /**
             * Properties of a ListUsersResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListUsersResponse.$Properties instead.
             */
            interface IListUsersResponse extends codexk8s.controlplane.v1.ListUsersResponse.$Properties {
            }

            /** Represents a ListUsersResponse. */
            class ListUsersResponse {

                /**
                 * Constructs a new ListUsersResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListUsersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListUsersResponse items. */
                items: codexk8s.controlplane.v1.StaffUser[];

                /** ListUsersResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListUsersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListUsersResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListUsersResponse.$Shape): codexk8s.controlplane.v1.ListUsersResponse & codexk8s.controlplane.v1.ListUsersResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListUsersResponse.$Properties): codexk8s.controlplane.v1.ListUsersResponse;

                /**
                 * Encodes the specified ListUsersResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListUsersResponse.verify|verify} messages.
                 * @param m ListUsersResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListUsersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListUsersResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListUsersResponse.verify|verify} messages.
                 * @param message ListUsersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListUsersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListUsersResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListUsersResponse & codexk8s.controlplane.v1.ListUsersResponse.$Shape} ListUsersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListUsersResponse & codexk8s.controlplane.v1.ListUsersResponse.$Shape;

                /**
                 * Decodes a ListUsersResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListUsersResponse & codexk8s.controlplane.v1.ListUsersResponse.$Shape} ListUsersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListUsersResponse & codexk8s.controlplane.v1.ListUsersResponse.$Shape;

                /**
                 * Verifies a ListUsersResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListUsersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListUsersResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListUsersResponse;

                /**
                 * Creates a plain object from a ListUsersResponse message. Also converts values to other types if specified.
                 * @param m ListUsersResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListUsersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListUsersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListUsersResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListUsersResponse {

                /** Properties of a ListUsersResponse. */
                interface $Properties {

                    /** ListUsersResponse items */
                    items?: codexk8s.controlplane.v1.StaffUser.$Properties[];

                    /** ListUsersResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListUsersResponse. */
                type $Shape = codexk8s.controlplane.v1.ListUsersResponse.$Properties;
            }

            /**
             * Properties of a CreateUserRequest.
             * @deprecated Use codexk8s.controlplane.v1.CreateUserRequest.$Properties instead.
             */
            interface ICreateUserRequest extends codexk8s.controlplane.v1.CreateUserRequest.$Properties {
            }

            /** Represents a CreateUserRequest. */
            class CreateUserRequest {

                /**
                 * Constructs a new CreateUserRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.CreateUserRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateUserRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** CreateUserRequest email. */
                email: string;

                /** CreateUserRequest isPlatformAdmin. */
                isPlatformAdmin: boolean;

                /**
                 * Creates a new CreateUserRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateUserRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.CreateUserRequest.$Shape): codexk8s.controlplane.v1.CreateUserRequest & codexk8s.controlplane.v1.CreateUserRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.CreateUserRequest.$Properties): codexk8s.controlplane.v1.CreateUserRequest;

                /**
                 * Encodes the specified CreateUserRequest message. Does not implicitly {@link codexk8s.controlplane.v1.CreateUserRequest.verify|verify} messages.
                 * @param m CreateUserRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.CreateUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateUserRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.CreateUserRequest.verify|verify} messages.
                 * @param message CreateUserRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.CreateUserRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateUserRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.CreateUserRequest & codexk8s.controlplane.v1.CreateUserRequest.$Shape} CreateUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.CreateUserRequest & codexk8s.controlplane.v1.CreateUserRequest.$Shape;

                /**
                 * Decodes a CreateUserRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.CreateUserRequest & codexk8s.controlplane.v1.CreateUserRequest.$Shape} CreateUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.CreateUserRequest & codexk8s.controlplane.v1.CreateUserRequest.$Shape;

                /**
                 * Verifies a CreateUserRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateUserRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CreateUserRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.CreateUserRequest;

                /**
                 * Creates a plain object from a CreateUserRequest message. Also converts values to other types if specified.
                 * @param m CreateUserRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.CreateUserRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateUserRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateUserRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateUserRequest {

                /** Properties of a CreateUserRequest. */
                interface $Properties {

                    /** CreateUserRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** CreateUserRequest email */
                    email?: string;

                    /** CreateUserRequest isPlatformAdmin */
                    isPlatformAdmin?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateUserRequest. */
                type $Shape = codexk8s.controlplane.v1.CreateUserRequest.$Properties;
            }

            /**
             * Properties of a CreateUserResponse.
             * @deprecated Use codexk8s.controlplane.v1.CreateUserResponse.$Properties instead.
             */
            interface ICreateUserResponse extends codexk8s.controlplane.v1.CreateUserResponse.$Properties {
            }

            /** Represents a CreateUserResponse. */
            class CreateUserResponse {

                /**
                 * Constructs a new CreateUserResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.CreateUserResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateUserResponse user. */
                user: codexk8s.controlplane.v1.StaffUser;

                /** CreateUserResponse created. */
                created: boolean;

                /**
                 * Creates a new CreateUserResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateUserResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.CreateUserResponse.$Shape): codexk8s.controlplane.v1.CreateUserResponse & codexk8s.controlplane.v1.CreateUserResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.CreateUserResponse.$Properties): codexk8s.controlplane.v1.CreateUserResponse;

                /**
                 * Encodes the specified CreateUserResponse message. Does not implicitly {@link codexk8s.controlplane.v1.CreateUserResponse.verify|verify} messages.
                 * @param m CreateUserResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.CreateUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateUserResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.CreateUserResponse.verify|verify} messages.
                 * @param message CreateUserResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.CreateUserResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateUserResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.CreateUserResponse & codexk8s.controlplane.v1.CreateUserResponse.$Shape} CreateUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.CreateUserResponse & codexk8s.controlplane.v1.CreateUserResponse.$Shape;

                /**
                 * Decodes a CreateUserResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.CreateUserResponse & codexk8s.controlplane.v1.CreateUserResponse.$Shape} CreateUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.CreateUserResponse & codexk8s.controlplane.v1.CreateUserResponse.$Shape;

                /**
                 * Verifies a CreateUserResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateUserResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CreateUserResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.CreateUserResponse;

                /**
                 * Creates a plain object from a CreateUserResponse message. Also converts values to other types if specified.
                 * @param m CreateUserResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.CreateUserResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateUserResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateUserResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateUserResponse {

                /** Properties of a CreateUserResponse. */
                interface $Properties {

                    /** CreateUserResponse user */
                    user?: codexk8s.controlplane.v1.StaffUser.$Properties;

                    /** CreateUserResponse created */
                    created?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateUserResponse. */
                type $Shape = codexk8s.controlplane.v1.CreateUserResponse.$Properties;
            }

            /**
             * Properties of a DeleteUserRequest.
             * @deprecated Use codexk8s.controlplane.v1.DeleteUserRequest.$Properties instead.
             */
            interface IDeleteUserRequest extends codexk8s.controlplane.v1.DeleteUserRequest.$Properties {
            }

            /** Represents a DeleteUserRequest. */
            class DeleteUserRequest {

                /**
                 * Constructs a new DeleteUserRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteUserRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteUserRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** DeleteUserRequest userId. */
                userId: string;

                /**
                 * Creates a new DeleteUserRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteUserRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteUserRequest.$Shape): codexk8s.controlplane.v1.DeleteUserRequest & codexk8s.controlplane.v1.DeleteUserRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteUserRequest.$Properties): codexk8s.controlplane.v1.DeleteUserRequest;

                /**
                 * Encodes the specified DeleteUserRequest message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteUserRequest.verify|verify} messages.
                 * @param m DeleteUserRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteUserRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteUserRequest.verify|verify} messages.
                 * @param message DeleteUserRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteUserRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteUserRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteUserRequest & codexk8s.controlplane.v1.DeleteUserRequest.$Shape} DeleteUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteUserRequest & codexk8s.controlplane.v1.DeleteUserRequest.$Shape;

                /**
                 * Decodes a DeleteUserRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteUserRequest & codexk8s.controlplane.v1.DeleteUserRequest.$Shape} DeleteUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteUserRequest & codexk8s.controlplane.v1.DeleteUserRequest.$Shape;

                /**
                 * Verifies a DeleteUserRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteUserRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteUserRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteUserRequest;

                /**
                 * Creates a plain object from a DeleteUserRequest message. Also converts values to other types if specified.
                 * @param m DeleteUserRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteUserRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteUserRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteUserRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteUserRequest {

                /** Properties of a DeleteUserRequest. */
                interface $Properties {

                    /** DeleteUserRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** DeleteUserRequest userId */
                    userId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteUserRequest. */
                type $Shape = codexk8s.controlplane.v1.DeleteUserRequest.$Properties;
            }

            /**
             * Properties of a DeleteUserResponse.
             * @deprecated Use codexk8s.controlplane.v1.DeleteUserResponse.$Properties instead.
             */
            interface IDeleteUserResponse extends codexk8s.controlplane.v1.DeleteUserResponse.$Properties {
            }

            /** Represents a DeleteUserResponse. */
            class DeleteUserResponse {

                /**
                 * Constructs a new DeleteUserResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteUserResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DeleteUserResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteUserResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteUserResponse.$Shape): codexk8s.controlplane.v1.DeleteUserResponse & codexk8s.controlplane.v1.DeleteUserResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteUserResponse.$Properties): codexk8s.controlplane.v1.DeleteUserResponse;

                /**
                 * Encodes the specified DeleteUserResponse message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteUserResponse.verify|verify} messages.
                 * @param m DeleteUserResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteUserResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteUserResponse.verify|verify} messages.
                 * @param message DeleteUserResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteUserResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteUserResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteUserResponse & codexk8s.controlplane.v1.DeleteUserResponse.$Shape} DeleteUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteUserResponse & codexk8s.controlplane.v1.DeleteUserResponse.$Shape;

                /**
                 * Decodes a DeleteUserResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteUserResponse & codexk8s.controlplane.v1.DeleteUserResponse.$Shape} DeleteUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteUserResponse & codexk8s.controlplane.v1.DeleteUserResponse.$Shape;

                /**
                 * Verifies a DeleteUserResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteUserResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteUserResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteUserResponse;

                /**
                 * Creates a plain object from a DeleteUserResponse message. Also converts values to other types if specified.
                 * @param m DeleteUserResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteUserResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteUserResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteUserResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteUserResponse {

                /** Properties of a DeleteUserResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteUserResponse. */
                type $Shape = codexk8s.controlplane.v1.DeleteUserResponse.$Properties;
            }

            /**
             * Properties of a SearchUsersRequest.
             * @deprecated Use codexk8s.controlplane.v1.SearchUsersRequest.$Properties instead.
             */
            interface ISearchUsersRequest extends codexk8s.controlplane.v1.SearchUsersRequest.$Properties {
            }

            /** Represents a SearchUsersRequest. */
            class SearchUsersRequest {

                /**
                 * Constructs a new SearchUsersRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.SearchUsersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SearchUsersRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** SearchUsersRequest query. */
                query: string;

                /** SearchUsersRequest limit. */
                limit: number;

                /**
                 * Creates a new SearchUsersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SearchUsersRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.SearchUsersRequest.$Shape): codexk8s.controlplane.v1.SearchUsersRequest & codexk8s.controlplane.v1.SearchUsersRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.SearchUsersRequest.$Properties): codexk8s.controlplane.v1.SearchUsersRequest;

                /**
                 * Encodes the specified SearchUsersRequest message. Does not implicitly {@link codexk8s.controlplane.v1.SearchUsersRequest.verify|verify} messages.
                 * @param m SearchUsersRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.SearchUsersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SearchUsersRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.SearchUsersRequest.verify|verify} messages.
                 * @param message SearchUsersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.SearchUsersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SearchUsersRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.SearchUsersRequest & codexk8s.controlplane.v1.SearchUsersRequest.$Shape} SearchUsersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.SearchUsersRequest & codexk8s.controlplane.v1.SearchUsersRequest.$Shape;

                /**
                 * Decodes a SearchUsersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.SearchUsersRequest & codexk8s.controlplane.v1.SearchUsersRequest.$Shape} SearchUsersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.SearchUsersRequest & codexk8s.controlplane.v1.SearchUsersRequest.$Shape;

                /**
                 * Verifies a SearchUsersRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a SearchUsersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SearchUsersRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.SearchUsersRequest;

                /**
                 * Creates a plain object from a SearchUsersRequest message. Also converts values to other types if specified.
                 * @param m SearchUsersRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.SearchUsersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SearchUsersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SearchUsersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SearchUsersRequest {

                /** Properties of a SearchUsersRequest. */
                interface $Properties {

                    /** SearchUsersRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** SearchUsersRequest query */
                    query?: string;

                    /** SearchUsersRequest limit */
                    limit?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SearchUsersRequest. */
                type $Shape = codexk8s.controlplane.v1.SearchUsersRequest.$Properties;
            }

            /**
             * Properties of a SearchUsersResponse.
             * @deprecated Use codexk8s.controlplane.v1.SearchUsersResponse.$Properties instead.
             */
            interface ISearchUsersResponse extends codexk8s.controlplane.v1.SearchUsersResponse.$Properties {
            }

            /** Represents a SearchUsersResponse. */
            class SearchUsersResponse {

                /**
                 * Constructs a new SearchUsersResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.SearchUsersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SearchUsersResponse items. */
                items: codexk8s.controlplane.v1.StaffUser[];

                /**
                 * Creates a new SearchUsersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SearchUsersResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.SearchUsersResponse.$Shape): codexk8s.controlplane.v1.SearchUsersResponse & codexk8s.controlplane.v1.SearchUsersResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.SearchUsersResponse.$Properties): codexk8s.controlplane.v1.SearchUsersResponse;

                /**
                 * Encodes the specified SearchUsersResponse message. Does not implicitly {@link codexk8s.controlplane.v1.SearchUsersResponse.verify|verify} messages.
                 * @param m SearchUsersResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.SearchUsersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SearchUsersResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.SearchUsersResponse.verify|verify} messages.
                 * @param message SearchUsersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.SearchUsersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SearchUsersResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.SearchUsersResponse & codexk8s.controlplane.v1.SearchUsersResponse.$Shape} SearchUsersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.SearchUsersResponse & codexk8s.controlplane.v1.SearchUsersResponse.$Shape;

                /**
                 * Decodes a SearchUsersResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.SearchUsersResponse & codexk8s.controlplane.v1.SearchUsersResponse.$Shape} SearchUsersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.SearchUsersResponse & codexk8s.controlplane.v1.SearchUsersResponse.$Shape;

                /**
                 * Verifies a SearchUsersResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a SearchUsersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SearchUsersResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.SearchUsersResponse;

                /**
                 * Creates a plain object from a SearchUsersResponse message. Also converts values to other types if specified.
                 * @param m SearchUsersResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.SearchUsersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SearchUsersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SearchUsersResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SearchUsersResponse {

                /** Properties of a SearchUsersResponse. */
                interface $Properties {

                    /** SearchUsersResponse items */
                    items?: codexk8s.controlplane.v1.StaffUser.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SearchUsersResponse. */
                type $Shape = codexk8s.controlplane.v1.SearchUsersResponse.$Properties;
            }

            /**
             * Properties of a Project.
             * @deprecated Use codexk8s.controlplane.v1.Project.$Properties instead.
             */
            interface IProject extends codexk8s.controlplane.v1.Project.$Properties {
            }

            /** Represents a Project. */
            class Project {

                /**
                 * Constructs a new Project.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.Project.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Project id. */
                id: string;

                /** Project slug. */
                slug: string;

                /** Project name. */
                name: string;

                /** Project learningModeDefault. */
                learningModeDefault: boolean;

                /** Project role. */
                role: string;

                /** Project createdAt. */
                createdAt: google.protobuf.Timestamp;

                /** Project updatedAt. */
                updatedAt: google.protobuf.Timestamp;

                /**
                 * Creates a new Project instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Project instance
                 */
                static create(properties: codexk8s.controlplane.v1.Project.$Shape): codexk8s.controlplane.v1.Project & codexk8s.controlplane.v1.Project.$Shape;
                static create(properties?: codexk8s.controlplane.v1.Project.$Properties): codexk8s.controlplane.v1.Project;

                /**
                 * Encodes the specified Project message. Does not implicitly {@link codexk8s.controlplane.v1.Project.verify|verify} messages.
                 * @param m Project message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.Project.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Project message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.Project.verify|verify} messages.
                 * @param message Project message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.Project.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Project message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.Project & codexk8s.controlplane.v1.Project.$Shape} Project
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.Project & codexk8s.controlplane.v1.Project.$Shape;

                /**
                 * Decodes a Project message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.Project & codexk8s.controlplane.v1.Project.$Shape} Project
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.Project & codexk8s.controlplane.v1.Project.$Shape;

                /**
                 * Verifies a Project message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Project message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Project
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.Project;

                /**
                 * Creates a plain object from a Project message. Also converts values to other types if specified.
                 * @param m Project
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.Project, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Project to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Project
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Project {

                /** Properties of a Project. */
                interface $Properties {

                    /** Project id */
                    id?: string;

                    /** Project slug */
                    slug?: string;

                    /** Project name */
                    name?: string;

                    /** Project learningModeDefault */
                    learningModeDefault?: boolean;

                    /** Project role */
                    role?: string;

                    /** Project createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** Project updatedAt */
                    updatedAt?: google.protobuf.Timestamp.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Project. */
                type $Shape = codexk8s.controlplane.v1.Project.$Properties;
            }

            /**
             * Properties of a ListProjectsRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListProjectsRequest.$Properties instead.
             */
            interface IListProjectsRequest extends codexk8s.controlplane.v1.ListProjectsRequest.$Properties {
            }

            /** Represents a ListProjectsRequest. */
            class ListProjectsRequest {

                /**
                 * Constructs a new ListProjectsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListProjectsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProjectsRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListProjectsRequest limit. */
                limit: number;

                /** ListProjectsRequest cursor. */
                cursor: string;

                /**
                 * Creates a new ListProjectsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListProjectsRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListProjectsRequest.$Shape): codexk8s.controlplane.v1.ListProjectsRequest & codexk8s.controlplane.v1.ListProjectsRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListProjectsRequest.$Properties): codexk8s.controlplane.v1.ListProjectsRequest;

                /**
                 * Encodes the specified ListProjectsRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectsRequest.verify|verify} messages.
                 * @param m ListProjectsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListProjectsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListProjectsRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectsRequest.verify|verify} messages.
                 * @param message ListProjectsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListProjectsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProjectsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListProjectsRequest & codexk8s.controlplane.v1.ListProjectsRequest.$Shape} ListProjectsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListProjectsRequest & codexk8s.controlplane.v1.ListProjectsRequest.$Shape;

                /**
                 * Decodes a ListProjectsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListProjectsRequest & codexk8s.controlplane.v1.ListProjectsRequest.$Shape} ListProjectsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListProjectsRequest & codexk8s.controlplane.v1.ListProjectsRequest.$Shape;

                /**
                 * Verifies a ListProjectsRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProjectsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListProjectsRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListProjectsRequest;

                /**
                 * Creates a plain object from a ListProjectsRequest message. Also converts values to other types if specified.
                 * @param m ListProjectsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListProjectsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProjectsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListProjectsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListProjectsRequest {

                /** Properties of a ListProjectsRequest. */
                interface $Properties {

                    /** ListProjectsRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListProjectsRequest limit */
                    limit?: number;

                    /** ListProjectsRequest cursor */
                    cursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProjectsRequest. */
                type $Shape = codexk8s.controlplane.v1.ListProjectsRequest.$Properties;
            }

            /**
             * Properties of a ListProjectsResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListProjectsResponse.$Properties instead.
             */
            interface IListProjectsResponse extends codexk8s.controlplane.v1.ListProjectsResponse.$Properties {
            }

            /** Represents a ListProjectsResponse. */
            class ListProjectsResponse {

                /**
                 * Constructs a new ListProjectsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListProjectsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProjectsResponse items. */
                items: codexk8s.controlplane.v1.Project[];

                /** ListProjectsResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListProjectsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListProjectsResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListProjectsResponse.$Shape): codexk8s.controlplane.v1.ListProjectsResponse & codexk8s.controlplane.v1.ListProjectsResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListProjectsResponse.$Properties): codexk8s.controlplane.v1.ListProjectsResponse;

                /**
                 * Encodes the specified ListProjectsResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectsResponse.verify|verify} messages.
                 * @param m ListProjectsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListProjectsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListProjectsResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectsResponse.verify|verify} messages.
                 * @param message ListProjectsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListProjectsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProjectsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListProjectsResponse & codexk8s.controlplane.v1.ListProjectsResponse.$Shape} ListProjectsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListProjectsResponse & codexk8s.controlplane.v1.ListProjectsResponse.$Shape;

                /**
                 * Decodes a ListProjectsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListProjectsResponse & codexk8s.controlplane.v1.ListProjectsResponse.$Shape} ListProjectsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListProjectsResponse & codexk8s.controlplane.v1.ListProjectsResponse.$Shape;

                /**
                 * Verifies a ListProjectsResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProjectsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListProjectsResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListProjectsResponse;

                /**
                 * Creates a plain object from a ListProjectsResponse message. Also converts values to other types if specified.
                 * @param m ListProjectsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListProjectsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProjectsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListProjectsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListProjectsResponse {

                /** Properties of a ListProjectsResponse. */
                interface $Properties {

                    /** ListProjectsResponse items */
                    items?: codexk8s.controlplane.v1.Project.$Properties[];

                    /** ListProjectsResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProjectsResponse. */
                type $Shape = codexk8s.controlplane.v1.ListProjectsResponse.$Properties;
            }

            /**
             * Properties of a GetProjectRequest.
             * @deprecated Use codexk8s.controlplane.v1.GetProjectRequest.$Properties instead.
             */
            interface IGetProjectRequest extends codexk8s.controlplane.v1.GetProjectRequest.$Properties {
            }

            /** Represents a GetProjectRequest. */
            class GetProjectRequest {

                /**
                 * Constructs a new GetProjectRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GetProjectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetProjectRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** GetProjectRequest projectId. */
                projectId: string;

                /**
                 * Creates a new GetProjectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetProjectRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.GetProjectRequest.$Shape): codexk8s.controlplane.v1.GetProjectRequest & codexk8s.controlplane.v1.GetProjectRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GetProjectRequest.$Properties): codexk8s.controlplane.v1.GetProjectRequest;

                /**
                 * Encodes the specified GetProjectRequest message. Does not implicitly {@link codexk8s.controlplane.v1.GetProjectRequest.verify|verify} messages.
                 * @param m GetProjectRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GetProjectRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetProjectRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GetProjectRequest.verify|verify} messages.
                 * @param message GetProjectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GetProjectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetProjectRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GetProjectRequest & codexk8s.controlplane.v1.GetProjectRequest.$Shape} GetProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GetProjectRequest & codexk8s.controlplane.v1.GetProjectRequest.$Shape;

                /**
                 * Decodes a GetProjectRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GetProjectRequest & codexk8s.controlplane.v1.GetProjectRequest.$Shape} GetProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GetProjectRequest & codexk8s.controlplane.v1.GetProjectRequest.$Shape;

                /**
                 * Verifies a GetProjectRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetProjectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GetProjectRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GetProjectRequest;

                /**
                 * Creates a plain object from a GetProjectRequest message. Also converts values to other types if specified.
                 * @param m GetProjectRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GetProjectRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetProjectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetProjectRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetProjectRequest {

                /** Properties of a GetProjectRequest. */
                interface $Properties {

                    /** GetProjectRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** GetProjectRequest projectId */
                    projectId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetProjectRequest. */
                type $Shape = codexk8s.controlplane.v1.GetProjectRequest.$Properties;
            }

            /**
             * Properties of a GetProjectResponse.
             * @deprecated Use codexk8s.controlplane.v1.GetProjectResponse.$Properties instead.
             */
            interface IGetProjectResponse extends codexk8s.controlplane.v1.GetProjectResponse.$Properties {
            }

            /** Represents a GetProjectResponse. */
            class GetProjectResponse {

                /**
                 * Constructs a new GetProjectResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GetProjectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetProjectResponse project. */
                project: codexk8s.controlplane.v1.Project;

                /**
                 * Creates a new GetProjectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetProjectResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.GetProjectResponse.$Shape): codexk8s.controlplane.v1.GetProjectResponse & codexk8s.controlplane.v1.GetProjectResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GetProjectResponse.$Properties): codexk8s.controlplane.v1.GetProjectResponse;

                /**
                 * Encodes the specified GetProjectResponse message. Does not implicitly {@link codexk8s.controlplane.v1.GetProjectResponse.verify|verify} messages.
                 * @param m GetProjectResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GetProjectResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetProjectResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GetProjectResponse.verify|verify} messages.
                 * @param message GetProjectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GetProjectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetProjectResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GetProjectResponse & codexk8s.controlplane.v1.GetProjectResponse.$Shape} GetProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GetProjectResponse & codexk8s.controlplane.v1.GetProjectResponse.$Shape;

                /**
                 * Decodes a GetProjectResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GetProjectResponse & codexk8s.controlplane.v1.GetProjectResponse.$Shape} GetProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GetProjectResponse & codexk8s.controlplane.v1.GetProjectResponse.$Shape;

                /**
                 * Verifies a GetProjectResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetProjectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GetProjectResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GetProjectResponse;

                /**
                 * Creates a plain object from a GetProjectResponse message. Also converts values to other types if specified.
                 * @param m GetProjectResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GetProjectResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetProjectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetProjectResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetProjectResponse {

                /** Properties of a GetProjectResponse. */
                interface $Properties {

                    /** GetProjectResponse project */
                    project?: codexk8s.controlplane.v1.Project.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetProjectResponse. */
                type $Shape = codexk8s.controlplane.v1.GetProjectResponse.$Properties;
            }

            /**
             * Properties of an UpsertProjectRequest.
             * @deprecated Use codexk8s.controlplane.v1.UpsertProjectRequest.$Properties instead.
             */
            interface IUpsertProjectRequest extends codexk8s.controlplane.v1.UpsertProjectRequest.$Properties {
            }

            /** Represents an UpsertProjectRequest. */
            class UpsertProjectRequest {

                /**
                 * Constructs a new UpsertProjectRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpsertProjectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpsertProjectRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** UpsertProjectRequest slug. */
                slug: string;

                /** UpsertProjectRequest name. */
                name: string;

                /**
                 * Creates a new UpsertProjectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpsertProjectRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpsertProjectRequest.$Shape): codexk8s.controlplane.v1.UpsertProjectRequest & codexk8s.controlplane.v1.UpsertProjectRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpsertProjectRequest.$Properties): codexk8s.controlplane.v1.UpsertProjectRequest;

                /**
                 * Encodes the specified UpsertProjectRequest message. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectRequest.verify|verify} messages.
                 * @param m UpsertProjectRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpsertProjectRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpsertProjectRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectRequest.verify|verify} messages.
                 * @param message UpsertProjectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpsertProjectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpsertProjectRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpsertProjectRequest & codexk8s.controlplane.v1.UpsertProjectRequest.$Shape} UpsertProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpsertProjectRequest & codexk8s.controlplane.v1.UpsertProjectRequest.$Shape;

                /**
                 * Decodes an UpsertProjectRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpsertProjectRequest & codexk8s.controlplane.v1.UpsertProjectRequest.$Shape} UpsertProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpsertProjectRequest & codexk8s.controlplane.v1.UpsertProjectRequest.$Shape;

                /**
                 * Verifies an UpsertProjectRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpsertProjectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpsertProjectRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpsertProjectRequest;

                /**
                 * Creates a plain object from an UpsertProjectRequest message. Also converts values to other types if specified.
                 * @param m UpsertProjectRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpsertProjectRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpsertProjectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpsertProjectRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpsertProjectRequest {

                /** Properties of an UpsertProjectRequest. */
                interface $Properties {

                    /** UpsertProjectRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** UpsertProjectRequest slug */
                    slug?: string;

                    /** UpsertProjectRequest name */
                    name?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpsertProjectRequest. */
                type $Shape = codexk8s.controlplane.v1.UpsertProjectRequest.$Properties;
            }

            /**
             * Properties of an UpsertProjectResponse.
             * @deprecated Use codexk8s.controlplane.v1.UpsertProjectResponse.$Properties instead.
             */
            interface IUpsertProjectResponse extends codexk8s.controlplane.v1.UpsertProjectResponse.$Properties {
            }

            /** Represents an UpsertProjectResponse. */
            class UpsertProjectResponse {

                /**
                 * Constructs a new UpsertProjectResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpsertProjectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpsertProjectResponse project. */
                project: codexk8s.controlplane.v1.Project;

                /** UpsertProjectResponse created. */
                created: boolean;

                /**
                 * Creates a new UpsertProjectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpsertProjectResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpsertProjectResponse.$Shape): codexk8s.controlplane.v1.UpsertProjectResponse & codexk8s.controlplane.v1.UpsertProjectResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpsertProjectResponse.$Properties): codexk8s.controlplane.v1.UpsertProjectResponse;

                /**
                 * Encodes the specified UpsertProjectResponse message. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectResponse.verify|verify} messages.
                 * @param m UpsertProjectResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpsertProjectResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpsertProjectResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectResponse.verify|verify} messages.
                 * @param message UpsertProjectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpsertProjectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpsertProjectResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpsertProjectResponse & codexk8s.controlplane.v1.UpsertProjectResponse.$Shape} UpsertProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpsertProjectResponse & codexk8s.controlplane.v1.UpsertProjectResponse.$Shape;

                /**
                 * Decodes an UpsertProjectResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpsertProjectResponse & codexk8s.controlplane.v1.UpsertProjectResponse.$Shape} UpsertProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpsertProjectResponse & codexk8s.controlplane.v1.UpsertProjectResponse.$Shape;

                /**
                 * Verifies an UpsertProjectResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpsertProjectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpsertProjectResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpsertProjectResponse;

                /**
                 * Creates a plain object from an UpsertProjectResponse message. Also converts values to other types if specified.
                 * @param m UpsertProjectResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpsertProjectResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpsertProjectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpsertProjectResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpsertProjectResponse {

                /** Properties of an UpsertProjectResponse. */
                interface $Properties {

                    /** UpsertProjectResponse project */
                    project?: codexk8s.controlplane.v1.Project.$Properties;

                    /** UpsertProjectResponse created */
                    created?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpsertProjectResponse. */
                type $Shape = codexk8s.controlplane.v1.UpsertProjectResponse.$Properties;
            }

            /**
             * Properties of a CreateProjectRequest.
             * @deprecated Use codexk8s.controlplane.v1.CreateProjectRequest.$Properties instead.
             */
            interface ICreateProjectRequest extends codexk8s.controlplane.v1.CreateProjectRequest.$Properties {
            }

            /** Represents a CreateProjectRequest. */
            class CreateProjectRequest {

                /**
                 * Constructs a new CreateProjectRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.CreateProjectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateProjectRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** CreateProjectRequest slug. */
                slug: string;

                /** CreateProjectRequest name. */
                name: string;

                /** CreateProjectRequest learningModeDefault. */
                learningModeDefault: google.protobuf.BoolValue;

                /**
                 * Creates a new CreateProjectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateProjectRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.CreateProjectRequest.$Shape): codexk8s.controlplane.v1.CreateProjectRequest & codexk8s.controlplane.v1.CreateProjectRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.CreateProjectRequest.$Properties): codexk8s.controlplane.v1.CreateProjectRequest;

                /**
                 * Encodes the specified CreateProjectRequest message. Does not implicitly {@link codexk8s.controlplane.v1.CreateProjectRequest.verify|verify} messages.
                 * @param m CreateProjectRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.CreateProjectRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateProjectRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.CreateProjectRequest.verify|verify} messages.
                 * @param message CreateProjectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.CreateProjectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateProjectRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.CreateProjectRequest & codexk8s.controlplane.v1.CreateProjectRequest.$Shape} CreateProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.CreateProjectRequest & codexk8s.controlplane.v1.CreateProjectRequest.$Shape;

                /**
                 * Decodes a CreateProjectRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.CreateProjectRequest & codexk8s.controlplane.v1.CreateProjectRequest.$Shape} CreateProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.CreateProjectRequest & codexk8s.controlplane.v1.CreateProjectRequest.$Shape;

                /**
                 * Verifies a CreateProjectRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateProjectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CreateProjectRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.CreateProjectRequest;

                /**
                 * Creates a plain object from a CreateProjectRequest message. Also converts values to other types if specified.
                 * @param m CreateProjectRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.CreateProjectRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateProjectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateProjectRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateProjectRequest {

                /** Properties of a CreateProjectRequest. */
                interface $Properties {

                    /** CreateProjectRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** CreateProjectRequest slug */
                    slug?: string;

                    /** CreateProjectRequest name */
                    name?: string;

                    /** CreateProjectRequest learningModeDefault */
                    learningModeDefault?: google.protobuf.BoolValue.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateProjectRequest. */
                type $Shape = codexk8s.controlplane.v1.CreateProjectRequest.$Properties;
            }

            /**
             * Properties of a CreateProjectResponse.
             * @deprecated Use codexk8s.controlplane.v1.CreateProjectResponse.$Properties instead.
             */
            interface ICreateProjectResponse extends codexk8s.controlplane.v1.CreateProjectResponse.$Properties {
            }

            /** Represents a CreateProjectResponse. */
            class CreateProjectResponse {

                /**
                 * Constructs a new CreateProjectResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.CreateProjectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateProjectResponse project. */
                project: codexk8s.controlplane.v1.Project;

                /**
                 * Creates a new CreateProjectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateProjectResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.CreateProjectResponse.$Shape): codexk8s.controlplane.v1.CreateProjectResponse & codexk8s.controlplane.v1.CreateProjectResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.CreateProjectResponse.$Properties): codexk8s.controlplane.v1.CreateProjectResponse;

                /**
                 * Encodes the specified CreateProjectResponse message. Does not implicitly {@link codexk8s.controlplane.v1.CreateProjectResponse.verify|verify} messages.
                 * @param m CreateProjectResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.CreateProjectResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateProjectResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.CreateProjectResponse.verify|verify} messages.
                 * @param message CreateProjectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.CreateProjectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateProjectResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.CreateProjectResponse & codexk8s.controlplane.v1.CreateProjectResponse.$Shape} CreateProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.CreateProjectResponse & codexk8s.controlplane.v1.CreateProjectResponse.$Shape;

                /**
                 * Decodes a CreateProjectResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.CreateProjectResponse & codexk8s.controlplane.v1.CreateProjectResponse.$Shape} CreateProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.CreateProjectResponse & codexk8s.controlplane.v1.CreateProjectResponse.$Shape;

                /**
                 * Verifies a CreateProjectResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateProjectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CreateProjectResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.CreateProjectResponse;

                /**
                 * Creates a plain object from a CreateProjectResponse message. Also converts values to other types if specified.
                 * @param m CreateProjectResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.CreateProjectResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateProjectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateProjectResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateProjectResponse {

                /** Properties of a CreateProjectResponse. */
                interface $Properties {

                    /** CreateProjectResponse project */
                    project?: codexk8s.controlplane.v1.Project.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateProjectResponse. */
                type $Shape = codexk8s.controlplane.v1.CreateProjectResponse.$Properties;
            }

            /**
             * Properties of an UpdateProjectRequest.
             * @deprecated Use codexk8s.controlplane.v1.UpdateProjectRequest.$Properties instead.
             */
            interface IUpdateProjectRequest extends codexk8s.controlplane.v1.UpdateProjectRequest.$Properties {
            }

            /** Represents an UpdateProjectRequest. */
            class UpdateProjectRequest {

                /**
                 * Constructs a new UpdateProjectRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpdateProjectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpdateProjectRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** UpdateProjectRequest projectId. */
                projectId: string;

                /** UpdateProjectRequest name. */
                name: google.protobuf.StringValue;

                /** UpdateProjectRequest learningModeDefault. */
                learningModeDefault: google.protobuf.BoolValue;

                /**
                 * Creates a new UpdateProjectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateProjectRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpdateProjectRequest.$Shape): codexk8s.controlplane.v1.UpdateProjectRequest & codexk8s.controlplane.v1.UpdateProjectRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpdateProjectRequest.$Properties): codexk8s.controlplane.v1.UpdateProjectRequest;

                /**
                 * Encodes the specified UpdateProjectRequest message. Does not implicitly {@link codexk8s.controlplane.v1.UpdateProjectRequest.verify|verify} messages.
                 * @param m UpdateProjectRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpdateProjectRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpdateProjectRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpdateProjectRequest.verify|verify} messages.
                 * @param message UpdateProjectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpdateProjectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateProjectRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpdateProjectRequest & codexk8s.controlplane.v1.UpdateProjectRequest.$Shape} UpdateProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpdateProjectRequest & codexk8s.controlplane.v1.UpdateProjectRequest.$Shape;

                /**
                 * Decodes an UpdateProjectRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpdateProjectRequest & codexk8s.controlplane.v1.UpdateProjectRequest.$Shape} UpdateProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpdateProjectRequest & codexk8s.controlplane.v1.UpdateProjectRequest.$Shape;

                /**
                 * Verifies an UpdateProjectRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpdateProjectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpdateProjectRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpdateProjectRequest;

                /**
                 * Creates a plain object from an UpdateProjectRequest message. Also converts values to other types if specified.
                 * @param m UpdateProjectRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpdateProjectRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpdateProjectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpdateProjectRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateProjectRequest {

                /** Properties of an UpdateProjectRequest. */
                interface $Properties {

                    /** UpdateProjectRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** UpdateProjectRequest projectId */
                    projectId?: string;

                    /** UpdateProjectRequest name */
                    name?: google.protobuf.StringValue.$Properties;

                    /** UpdateProjectRequest learningModeDefault */
                    learningModeDefault?: google.protobuf.BoolValue.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpdateProjectRequest. */
                type $Shape = codexk8s.controlplane.v1.UpdateProjectRequest.$Properties;
            }

            /**
             * Properties of an UpdateProjectResponse.
             * @deprecated Use codexk8s.controlplane.v1.UpdateProjectResponse.$Properties instead.
             */
            interface IUpdateProjectResponse extends codexk8s.controlplane.v1.UpdateProjectResponse.$Properties {
            }

            /** Represents an UpdateProjectResponse. */
            class UpdateProjectResponse {

                /**
                 * Constructs a new UpdateProjectResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpdateProjectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpdateProjectResponse project. */
                project: codexk8s.controlplane.v1.Project;

                /**
                 * Creates a new UpdateProjectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateProjectResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpdateProjectResponse.$Shape): codexk8s.controlplane.v1.UpdateProjectResponse & codexk8s.controlplane.v1.UpdateProjectResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpdateProjectResponse.$Properties): codexk8s.controlplane.v1.UpdateProjectResponse;

                /**
                 * Encodes the specified UpdateProjectResponse message. Does not implicitly {@link codexk8s.controlplane.v1.UpdateProjectResponse.verify|verify} messages.
                 * @param m UpdateProjectResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpdateProjectResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpdateProjectResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpdateProjectResponse.verify|verify} messages.
                 * @param message UpdateProjectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpdateProjectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateProjectResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpdateProjectResponse & codexk8s.controlplane.v1.UpdateProjectResponse.$Shape} UpdateProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpdateProjectResponse & codexk8s.controlplane.v1.UpdateProjectResponse.$Shape;

                /**
                 * Decodes an UpdateProjectResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpdateProjectResponse & codexk8s.controlplane.v1.UpdateProjectResponse.$Shape} UpdateProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpdateProjectResponse & codexk8s.controlplane.v1.UpdateProjectResponse.$Shape;

                /**
                 * Verifies an UpdateProjectResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpdateProjectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpdateProjectResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpdateProjectResponse;

                /**
                 * Creates a plain object from an UpdateProjectResponse message. Also converts values to other types if specified.
                 * @param m UpdateProjectResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpdateProjectResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpdateProjectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpdateProjectResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateProjectResponse {

                /** Properties of an UpdateProjectResponse. */
                interface $Properties {

                    /** UpdateProjectResponse project */
                    project?: codexk8s.controlplane.v1.Project.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpdateProjectResponse. */
                type $Shape = codexk8s.controlplane.v1.UpdateProjectResponse.$Properties;
            }

            /**
             * Properties of a DeleteProjectRequest.
             * @deprecated Use codexk8s.controlplane.v1.DeleteProjectRequest.$Properties instead.
             */
            interface IDeleteProjectRequest extends codexk8s.controlplane.v1.DeleteProjectRequest.$Properties {
            }

            /** Represents a DeleteProjectRequest. */
            class DeleteProjectRequest {

                /**
                 * Constructs a new DeleteProjectRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteProjectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteProjectRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** DeleteProjectRequest projectId. */
                projectId: string;

                /**
                 * Creates a new DeleteProjectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteProjectRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteProjectRequest.$Shape): codexk8s.controlplane.v1.DeleteProjectRequest & codexk8s.controlplane.v1.DeleteProjectRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteProjectRequest.$Properties): codexk8s.controlplane.v1.DeleteProjectRequest;

                /**
                 * Encodes the specified DeleteProjectRequest message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectRequest.verify|verify} messages.
                 * @param m DeleteProjectRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteProjectRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteProjectRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectRequest.verify|verify} messages.
                 * @param message DeleteProjectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteProjectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteProjectRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteProjectRequest & codexk8s.controlplane.v1.DeleteProjectRequest.$Shape} DeleteProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteProjectRequest & codexk8s.controlplane.v1.DeleteProjectRequest.$Shape;

                /**
                 * Decodes a DeleteProjectRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteProjectRequest & codexk8s.controlplane.v1.DeleteProjectRequest.$Shape} DeleteProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteProjectRequest & codexk8s.controlplane.v1.DeleteProjectRequest.$Shape;

                /**
                 * Verifies a DeleteProjectRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteProjectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteProjectRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteProjectRequest;

                /**
                 * Creates a plain object from a DeleteProjectRequest message. Also converts values to other types if specified.
                 * @param m DeleteProjectRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteProjectRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteProjectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteProjectRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteProjectRequest {

                /** Properties of a DeleteProjectRequest. */
                interface $Properties {

                    /** DeleteProjectRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** DeleteProjectRequest projectId */
                    projectId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteProjectRequest. */
                type $Shape = codexk8s.controlplane.v1.DeleteProjectRequest.$Properties;
            }

            /**
             * Properties of a DeleteProjectResponse.
             * @deprecated Use codexk8s.controlplane.v1.DeleteProjectResponse.$Properties instead.
             */
            interface IDeleteProjectResponse extends codexk8s.controlplane.v1.DeleteProjectResponse.$Properties {
            }

            /** Represents a DeleteProjectResponse. */
            class DeleteProjectResponse {

                /**
                 * Constructs a new DeleteProjectResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteProjectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DeleteProjectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteProjectResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteProjectResponse.$Shape): codexk8s.controlplane.v1.DeleteProjectResponse & codexk8s.controlplane.v1.DeleteProjectResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteProjectResponse.$Properties): codexk8s.controlplane.v1.DeleteProjectResponse;

                /**
                 * Encodes the specified DeleteProjectResponse message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectResponse.verify|verify} messages.
                 * @param m DeleteProjectResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteProjectResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteProjectResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectResponse.verify|verify} messages.
                 * @param message DeleteProjectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteProjectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteProjectResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteProjectResponse & codexk8s.controlplane.v1.DeleteProjectResponse.$Shape} DeleteProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteProjectResponse & codexk8s.controlplane.v1.DeleteProjectResponse.$Shape;

                /**
                 * Decodes a DeleteProjectResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteProjectResponse & codexk8s.controlplane.v1.DeleteProjectResponse.$Shape} DeleteProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteProjectResponse & codexk8s.controlplane.v1.DeleteProjectResponse.$Shape;

                /**
                 * Verifies a DeleteProjectResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteProjectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteProjectResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteProjectResponse;

                /**
                 * Creates a plain object from a DeleteProjectResponse message. Also converts values to other types if specified.
                 * @param m DeleteProjectResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteProjectResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteProjectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteProjectResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteProjectResponse {

                /** Properties of a DeleteProjectResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteProjectResponse. */
                type $Shape = codexk8s.controlplane.v1.DeleteProjectResponse.$Properties;
            }

            /**
             * Properties of a TriggerPolicy.
             * @deprecated Use codexk8s.controlplane.v1.TriggerPolicy.$Properties instead.
             */
            interface ITriggerPolicy extends codexk8s.controlplane.v1.TriggerPolicy.$Properties {
            }

            /** Represents a TriggerPolicy. */
            class TriggerPolicy {

                /**
                 * Constructs a new TriggerPolicy.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.TriggerPolicy.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TriggerPolicy labelPrefix. */
                labelPrefix: string;

                /** TriggerPolicy command. */
                command: string;

                /** TriggerPolicy events. */
                events: string[];

                /** TriggerPolicy trustedAssociations. */
                trustedAssociations: string[];

                /**
                 * Creates a new TriggerPolicy instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TriggerPolicy instance
                 */
                static create(properties: codexk8s.controlplane.v1.TriggerPolicy.$Shape): codexk8s.controlplane.v1.TriggerPolicy & codexk8s.controlplane.v1.TriggerPolicy.$Shape;
                static create(properties?: codexk8s.controlplane.v1.TriggerPolicy.$Properties): codexk8s.controlplane.v1.TriggerPolicy;

                /**
                 * Encodes the specified TriggerPolicy message. Does not implicitly {@link codexk8s.controlplane.v1.TriggerPolicy.verify|verify} messages.
                 * @param m TriggerPolicy message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.TriggerPolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TriggerPolicy message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.TriggerPolicy.verify|verify} messages.
                 * @param message TriggerPolicy message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.TriggerPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TriggerPolicy message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.TriggerPolicy & codexk8s.controlplane.v1.TriggerPolicy.$Shape} TriggerPolicy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.TriggerPolicy & codexk8s.controlplane.v1.TriggerPolicy.$Shape;

                /**
                 * Decodes a TriggerPolicy message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.TriggerPolicy & codexk8s.controlplane.v1.TriggerPolicy.$Shape} TriggerPolicy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.TriggerPolicy & codexk8s.controlplane.v1.TriggerPolicy.$Shape;

                /**
                 * Verifies a TriggerPolicy message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a TriggerPolicy message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TriggerPolicy
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.TriggerPolicy;

                /**
                 * Creates a plain object from a TriggerPolicy message. Also converts values to other types if specified.
                 * @param m TriggerPolicy
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.TriggerPolicy, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TriggerPolicy to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TriggerPolicy
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TriggerPolicy {

                /** Properties of a TriggerPolicy. */
                interface $Properties {

                    /** TriggerPolicy labelPrefix */
                    labelPrefix?: string;

                    /** TriggerPolicy command */
                    command?: string;

                    /** TriggerPolicy events */
                    events?: string[];

                    /** TriggerPolicy trustedAssociations */
                    trustedAssociations?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TriggerPolicy. */
                type $Shape = codexk8s.controlplane.v1.TriggerPolicy.$Properties;
            }

            /**
             * Properties of a StringList.
             * @deprecated Use codexk8s.controlplane.v1.StringList.$Properties instead.
             */
            interface IStringList extends codexk8s.controlplane.v1.StringList.$Properties {
            }

            /** Represents a StringList. */
            class StringList {

                /**
                 * Constructs a new StringList.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.StringList.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StringList values. */
                values: string[];

                /**
                 * Creates a new StringList instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StringList instance
                 */
                static create(properties: codexk8s.controlplane.v1.StringList.$Shape): codexk8s.controlplane.v1.StringList & codexk8s.controlplane.v1.StringList.$Shape;
                static create(properties?: codexk8s.controlplane.v1.StringList.$Properties): codexk8s.controlplane.v1.StringList;

                /**
                 * Encodes the specified StringList message. Does not implicitly {@link codexk8s.controlplane.v1.StringList.verify|verify} messages.
                 * @param m StringList message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.StringList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StringList message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.StringList.verify|verify} messages.
                 * @param message StringList message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StringList message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.StringList & codexk8s.controlplane.v1.StringList.$Shape} StringList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.StringList & codexk8s.controlplane.v1.StringList.$Shape;

                /**
                 * Decodes a StringList message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.StringList & codexk8s.controlplane.v1.StringList.$Shape} StringList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.StringList & codexk8s.controlplane.v1.StringList.$Shape;

                /**
                 * Verifies a StringList message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a StringList message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns StringList
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.StringList;

                /**
                 * Creates a plain object from a StringList message. Also converts values to other types if specified.
                 * @param m StringList
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.StringList, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StringList to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StringList
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StringList {

                /** Properties of a StringList. */
                interface $Properties {

                    /** StringList values */
                    values?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StringList. */
                type $Shape = codexk8s.controlplane.v1.StringList.$Properties;
            }

            /**
             * Properties of a TriggerOverrides.
             * @deprecated Use codexk8s.controlplane.v1.TriggerOverrides.$Properties instead.
             */
            interface ITriggerOverrides extends codexk8s.controlplane.v1.TriggerOverrides.$Properties {
            }

            /** Represents a TriggerOverrides. */
            class TriggerOverrides {

                /**
                 * Constructs a new TriggerOverrides.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.TriggerOverrides.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TriggerOverrides labelPrefix. */
                labelPrefix: google.protobuf.StringValue;

                /** TriggerOverrides command. */
                command: google.protobuf.StringValue;

                /** TriggerOverrides events. */
                events: codexk8s.controlplane.v1.StringList;

                /** TriggerOverrides trustedAssociations. */
                trustedAssociations: codexk8s.controlplane.v1.StringList;

                /**
                 * Creates a new TriggerOverrides instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TriggerOverrides instance
                 */
                static create(properties: codexk8s.controlplane.v1.TriggerOverrides.$Shape): codexk8s.controlplane.v1.TriggerOverrides & codexk8s.controlplane.v1.TriggerOverrides.$Shape;
                static create(properties?: codexk8s.controlplane.v1.TriggerOverrides.$Properties): codexk8s.controlplane.v1.TriggerOverrides;

                /**
                 * Encodes the specified TriggerOverrides message. Does not implicitly {@link codexk8s.controlplane.v1.TriggerOverrides.verify|verify} messages.
                 * @param m TriggerOverrides message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.TriggerOverrides.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TriggerOverrides message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.TriggerOverrides.verify|verify} messages.
                 * @param message TriggerOverrides message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.TriggerOverrides.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TriggerOverrides message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.TriggerOverrides & codexk8s.controlplane.v1.TriggerOverrides.$Shape} TriggerOverrides
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.TriggerOverrides & codexk8s.controlplane.v1.TriggerOverrides.$Shape;

                /**
                 * Decodes a TriggerOverrides message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.TriggerOverrides & codexk8s.controlplane.v1.TriggerOverrides.$Shape} TriggerOverrides
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.TriggerOverrides & codexk8s.controlplane.v1.TriggerOverrides.$Shape;

                /**
                 * Verifies a TriggerOverrides message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a TriggerOverrides message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TriggerOverrides
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.TriggerOverrides;

                /**
                 * Creates a plain object from a TriggerOverrides message. Also converts values to other types if specified.
                 * @param m TriggerOverrides
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.TriggerOverrides, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TriggerOverrides to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TriggerOverrides
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TriggerOverrides {

                /** Properties of a TriggerOverrides. */
                interface $Properties {

                    /** TriggerOverrides labelPrefix */
                    labelPrefix?: google.protobuf.StringValue.$Properties;

                    /** TriggerOverrides command */
                    command?: google.protobuf.StringValue.$Properties;

                    /** TriggerOverrides events */
                    events?: codexk8s.controlplane.v1.StringList.$Properties;

                    /** TriggerOverrides trustedAssociations */
                    trustedAssociations?: codexk8s.controlplane.v1.StringList.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TriggerOverrides. */
                type $Shape = codexk8s.controlplane.v1.TriggerOverrides.$Properties;
            }

            /**
             * Properties of a GetProjectTriggersRequest.
             * @deprecated Use codexk8s.controlplane.v1.GetProjectTriggersRequest.$Properties instead.
             */
            interface IGetProjectTriggersRequest extends codexk8s.controlplane.v1.GetProjectTriggersRequest.$Properties {
            }

            /** Represents a GetProjectTriggersRequest. */
            class GetProjectTriggersRequest {

                /**
                 * Constructs a new GetProjectTriggersRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GetProjectTriggersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetProjectTriggersRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** GetProjectTriggersRequest projectId. */
                projectId: string;

                /**
                 * Creates a new GetProjectTriggersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetProjectTriggersRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.GetProjectTriggersRequest.$Shape): codexk8s.controlplane.v1.GetProjectTriggersRequest & codexk8s.controlplane.v1.GetProjectTriggersRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GetProjectTriggersRequest.$Properties): codexk8s.controlplane.v1.GetProjectTriggersRequest;

                /**
                 * Encodes the specified GetProjectTriggersRequest message. Does not implicitly {@link codexk8s.controlplane.v1.GetProjectTriggersRequest.verify|verify} messages.
                 * @param m GetProjectTriggersRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GetProjectTriggersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetProjectTriggersRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GetProjectTriggersRequest.verify|verify} messages.
                 * @param message GetProjectTriggersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GetProjectTriggersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetProjectTriggersRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GetProjectTriggersRequest & codexk8s.controlplane.v1.GetProjectTriggersRequest.$Shape} GetProjectTriggersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GetProjectTriggersRequest & codexk8s.controlplane.v1.GetProjectTriggersRequest.$Shape;

                /**
                 * Decodes a GetProjectTriggersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GetProjectTriggersRequest & codexk8s.controlplane.v1.GetProjectTriggersRequest.$Shape} GetProjectTriggersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GetProjectTriggersRequest & codexk8s.controlplane.v1.GetProjectTriggersRequest.$Shape;

                /**
                 * Verifies a GetProjectTriggersRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetProjectTriggersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GetProjectTriggersRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GetProjectTriggersRequest;

                /**
                 * Creates a plain object from a GetProjectTriggersRequest message. Also converts values to other types if specified.
                 * @param m GetProjectTriggersRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GetProjectTriggersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetProjectTriggersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetProjectTriggersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetProjectTriggersRequest {

                /** Properties of a GetProjectTriggersRequest. */
                interface $Properties {

                    /** GetProjectTriggersRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** GetProjectTriggersRequest projectId */
                    projectId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetProjectTriggersRequest. */
                type $Shape = codexk8s.controlplane.v1.GetProjectTriggersRequest.$Properties;
            }

            /**
             * Properties of a SetProjectTriggersRequest.
             * @deprecated Use codexk8s.controlplane.v1.SetProjectTriggersRequest.$Properties instead.
             */
            interface ISetProjectTriggersRequest extends codexk8s.controlplane.v1.SetProjectTriggersRequest.$Properties {
            }

            /** Represents a SetProjectTriggersRequest. */
            class SetProjectTriggersRequest {

                /**
                 * Constructs a new SetProjectTriggersRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.SetProjectTriggersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetProjectTriggersRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** SetProjectTriggersRequest projectId. */
                projectId: string;

                /** SetProjectTriggersRequest triggers. */
                triggers: codexk8s.controlplane.v1.TriggerOverrides;

                /**
                 * Creates a new SetProjectTriggersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetProjectTriggersRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.SetProjectTriggersRequest.$Shape): codexk8s.controlplane.v1.SetProjectTriggersRequest & codexk8s.controlplane.v1.SetProjectTriggersRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.SetProjectTriggersRequest.$Properties): codexk8s.controlplane.v1.SetProjectTriggersRequest;

                /**
                 * Encodes the specified SetProjectTriggersRequest message. Does not implicitly {@link codexk8s.controlplane.v1.SetProjectTriggersRequest.verify|verify} messages.
                 * @param m SetProjectTriggersRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.SetProjectTriggersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetProjectTriggersRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.SetProjectTriggersRequest.verify|verify} messages.
                 * @param message SetProjectTriggersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.SetProjectTriggersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetProjectTriggersRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.SetProjectTriggersRequest & codexk8s.controlplane.v1.SetProjectTriggersRequest.$Shape} SetProjectTriggersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.SetProjectTriggersRequest & codexk8s.controlplane.v1.SetProjectTriggersRequest.$Shape;

                /**
                 * Decodes a SetProjectTriggersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.SetProjectTriggersRequest & codexk8s.controlplane.v1.SetProjectTriggersRequest.$Shape} SetProjectTriggersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.SetProjectTriggersRequest & codexk8s.controlplane.v1.SetProjectTriggersRequest.$Shape;

                /**
                 * Verifies a SetProjectTriggersRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetProjectTriggersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SetProjectTriggersRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.SetProjectTriggersRequest;

                /**
                 * Creates a plain object from a SetProjectTriggersRequest message. Also converts values to other types if specified.
                 * @param m SetProjectTriggersRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.SetProjectTriggersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetProjectTriggersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetProjectTriggersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetProjectTriggersRequest {

                /** Properties of a SetProjectTriggersRequest. */
                interface $Properties {

                    /** SetProjectTriggersRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** SetProjectTriggersRequest projectId */
                    projectId?: string;

                    /** SetProjectTriggersRequest triggers */
                    triggers?: codexk8s.controlplane.v1.TriggerOverrides.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetProjectTriggersRequest. */
                type $Shape = codexk8s.controlplane.v1.SetProjectTriggersRequest.$Properties;
            }

            /**
             * Properties of a ProjectTriggersResponse.
             * @deprecated Use codexk8s.controlplane.v1.ProjectTriggersResponse.$Properties instead.
             */
            interface IProjectTriggersResponse extends codexk8s.controlplane.v1.ProjectTriggersResponse.$Properties {
            }

            /** Represents a ProjectTriggersResponse. */
            class ProjectTriggersResponse {

                /**
                 * Constructs a new ProjectTriggersResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ProjectTriggersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProjectTriggersResponse projectId. */
                projectId: string;

                /** ProjectTriggersResponse effective. */
                effective: codexk8s.controlplane.v1.TriggerPolicy;

                /** ProjectTriggersResponse project. */
                project: codexk8s.controlplane.v1.TriggerOverrides;

                /** ProjectTriggersResponse defaults. */
                defaults: codexk8s.controlplane.v1.TriggerPolicy;

                /**
                 * Creates a new ProjectTriggersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProjectTriggersResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ProjectTriggersResponse.$Shape): codexk8s.controlplane.v1.ProjectTriggersResponse & codexk8s.controlplane.v1.ProjectTriggersResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ProjectTriggersResponse.$Properties): codexk8s.controlplane.v1.ProjectTriggersResponse;

                /**
                 * Encodes the specified ProjectTriggersResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ProjectTriggersResponse.verify|verify} messages.
                 * @param m ProjectTriggersResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ProjectTriggersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProjectTriggersResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ProjectTriggersResponse.verify|verify} messages.
                 * @param message ProjectTriggersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ProjectTriggersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProjectTriggersResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ProjectTriggersResponse & codexk8s.controlplane.v1.ProjectTriggersResponse.$Shape} ProjectTriggersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ProjectTriggersResponse & codexk8s.controlplane.v1.ProjectTriggersResponse.$Shape;

                /**
                 * Decodes a ProjectTriggersResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ProjectTriggersResponse & codexk8s.controlplane.v1.ProjectTriggersResponse.$Shape} ProjectTriggersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ProjectTriggersResponse & codexk8s.controlplane.v1.ProjectTriggersResponse.$Shape;

                /**
                 * Verifies a ProjectTriggersResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProjectTriggersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ProjectTriggersResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ProjectTriggersResponse;

                /**
                 * Creates a plain object from a ProjectTriggersResponse message. Also converts values to other types if specified.
                 * @param m ProjectTriggersResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ProjectTriggersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProjectTriggersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProjectTriggersResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProjectTriggersResponse {

                /** Properties of a ProjectTriggersResponse. */
                interface $Properties {

                    /** ProjectTriggersResponse projectId */
                    projectId?: string;

                    /** ProjectTriggersResponse effective */
                    effective?: codexk8s.controlplane.v1.TriggerPolicy.$Properties;

                    /** ProjectTriggersResponse project */
                    project?: codexk8s.controlplane.v1.TriggerOverrides.$Properties;

                    /** ProjectTriggersResponse defaults */
                    defaults?: codexk8s.controlplane.v1.TriggerPolicy.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProjectTriggersResponse. */
                type $Shape = codexk8s.controlplane.v1.ProjectTriggersResponse.$Properties;
            }

            /**
             * Properties of a Run.
             * @deprecated Use codexk8s.controlplane.v1.Run.$Properties instead.
             */
            interface IRun extends codexk8s.controlplane.v1.Run.$Properties {
            }

            /** Represents a Run. */
            class Run {

                /**
                 * Constructs a new Run.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.Run.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Run id. */
                id: string;

                /** Run correlationId. */
                correlationId: string;

                /** Run projectId. */
                projectId: string;

                /** Run projectSlug. */
                projectSlug: string;

                /** Run projectName. */
                projectName: string;

                /** Run status. */
                status: string;

                /** Run learningMode. */
                learningMode: boolean;

                /** Run eventType. */
                eventType: string;

                /** Run action. */
                action: string;

                /** Run repositoryFullName. */
                repositoryFullName: string;

                /** Run senderLogin. */
                senderLogin: string;

                /** Run jobName. */
                jobName: string;

                /** Run createdAt. */
                createdAt: google.protobuf.Timestamp;

                /** Run updatedAt. */
                updatedAt: google.protobuf.Timestamp;

                /** Run startedAt. */
                startedAt: google.protobuf.Timestamp;

                /** Run finishedAt. */
                finishedAt: google.protobuf.Timestamp;

                /** Run context. */
                context: codexk8s.controlplane.v1.RunContext;

                /**
                 * Creates a new Run instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Run instance
                 */
                static create(properties: codexk8s.controlplane.v1.Run.$Shape): codexk8s.controlplane.v1.Run & codexk8s.controlplane.v1.Run.$Shape;
                static create(properties?: codexk8s.controlplane.v1.Run.$Properties): codexk8s.controlplane.v1.Run;

                /**
                 * Encodes the specified Run message. Does not implicitly {@link codexk8s.controlplane.v1.Run.verify|verify} messages.
                 * @param m Run message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.Run.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Run message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.Run.verify|verify} messages.
                 * @param message Run message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.Run.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Run message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.Run & codexk8s.controlplane.v1.Run.$Shape} Run
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.Run & codexk8s.controlplane.v1.Run.$Shape;

                /**
                 * Decodes a Run message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.Run & codexk8s.controlplane.v1.Run.$Shape} Run
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.Run & codexk8s.controlplane.v1.Run.$Shape;

                /**
                 * Verifies a Run message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Run message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Run
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.Run;

                /**
                 * Creates a plain object from a Run message. Also converts values to other types if specified.
                 * @param m Run
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.Run, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Run to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Run
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Run {

                /** Properties of a Run. */
                interface $Properties {

                    /** Run id */
                    id?: string;

                    /** Run correlationId */
                    correlationId?: string;

                    /** Run projectId */
                    projectId?: string;

                    /** Run projectSlug */
                    projectSlug?: string;

                    /** Run projectName */
                    projectName?: string;

                    /** Run status */
                    status?: string;

                    /** Run learningMode */
                    learningMode?: boolean;

                    /** Run eventType */
                    eventType?: string;

                    /** Run action */
                    action?: string;

                    /** Run repositoryFullName */
                    repositoryFullName?: string;

                    /** Run senderLogin */
                    senderLogin?: string;

                    /** Run jobName */
                    jobName?: string;

                    /** Run createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** Run updatedAt */
                    updatedAt?: google.protobuf.Timestamp.$Properties;

                    /** Run startedAt */
                    startedAt?: google.protobuf.Timestamp.$Properties;

                    /** Run finishedAt */
                    finishedAt?: google.protobuf.Timestamp.$Properties;

                    /** Run context */
                    context?: codexk8s.controlplane.v1.RunContext.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Run. */
                type $Shape = codexk8s.controlplane.v1.Run.$Properties;
            }

            /**
             * Properties of a RunContext.
             * @deprecated Use codexk8s.controlplane.v1.RunContext.$Properties instead.
             */
            interface IRunContext extends codexk8s.controlplane.v1.RunContext.$Properties {
            }

            /** Represents a RunContext. */
            class RunContext {

                /**
                 * Constructs a new RunContext.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.RunContext.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunContext triggerKind. */
                triggerKind: string;

                /** RunContext triggerValue. */
                triggerValue: string;

                /** RunContext instruction. */
                instruction: string;

                /** RunContext subjectKind. */
                subjectKind: string;

                /** RunContext subjectNumber. */
                subjectNumber: number;

                /** RunContext subjectTitle. */
                subjectTitle: string;

                /** RunContext subjectUrl. */
                subjectUrl: string;

                /** RunContext branch. */
                branch: string;

                /** RunContext headSha. */
                headSha: string;

                /** RunContext repositoryUrl. */
                repositoryUrl: string;

                /** RunContext branchUrl. */
                branchUrl: string;

                /** RunContext commitUrl. */
                commitUrl: string;

                /** RunContext senderUrl. */
                senderUrl: string;

                /**
                 * Creates a new RunContext instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RunContext instance
                 */
                static create(properties: codexk8s.controlplane.v1.RunContext.$Shape): codexk8s.controlplane.v1.RunContext & codexk8s.controlplane.v1.RunContext.$Shape;
                static create(properties?: codexk8s.controlplane.v1.RunContext.$Properties): codexk8s.controlplane.v1.RunContext;

                /**
                 * Encodes the specified RunContext message. Does not implicitly {@link codexk8s.controlplane.v1.RunContext.verify|verify} messages.
                 * @param m RunContext message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.RunContext.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RunContext message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.RunContext.verify|verify} messages.
                 * @param message RunContext message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.RunContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunContext message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.RunContext & codexk8s.controlplane.v1.RunContext.$Shape} RunContext
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.RunContext & codexk8s.controlplane.v1.RunContext.$Shape;

                /**
                 * Decodes a RunContext message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.RunContext & codexk8s.controlplane.v1.RunContext.$Shape} RunContext
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.RunContext & codexk8s.controlplane.v1.RunContext.$Shape;

                /**
                 * Verifies a RunContext message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RunContext message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RunContext
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.RunContext;

                /**
                 * Creates a plain object from a RunContext message. Also converts values to other types if specified.
                 * @param m RunContext
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.RunContext, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RunContext to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RunContext
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RunContext {

                /** Properties of a RunContext. */
                interface $Properties {

                    /** RunContext triggerKind */
                    triggerKind?: string;

                    /** RunContext triggerValue */
                    triggerValue?: string;

                    /** RunContext instruction */
                    instruction?: string;

                    /** RunContext subjectKind */
                    subjectKind?: string;

                    /** RunContext subjectNumber */
                    subjectNumber?: number;

                    /** RunContext subjectTitle */
                    subjectTitle?: string;

                    /** RunContext subjectUrl */
                    subjectUrl?: string;

                    /** RunContext branch */
                    branch?: string;

                    /** RunContext headSha */
                    headSha?: string;

                    /** RunContext repositoryUrl */
                    repositoryUrl?: string;

                    /** RunContext branchUrl */
                    branchUrl?: string;

                    /** RunContext commitUrl */
                    commitUrl?: string;

                    /** RunContext senderUrl */
                    senderUrl?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunContext. */
                type $Shape = codexk8s.controlplane.v1.RunContext.$Properties;
            }

            /**
             * Properties of a RunQueue.
             * @deprecated Use codexk8s.controlplane.v1.RunQueue.$Properties instead.
             */
            interface IRunQueue extends codexk8s.controlplane.v1.RunQueue.$Properties {
            }

            /** Represents a RunQueue. */
            class RunQueue {

                /**
                 * Constructs a new RunQueue.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.RunQueue.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunQueue slotsInUse. */
                slotsInUse: number;

                /** RunQueue slotsTotal. */
                slotsTotal: number;

                /** RunQueue position. */
                position: number;

                /**
                 * Creates a new RunQueue instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RunQueue instance
                 */
                static create(properties: codexk8s.controlplane.v1.RunQueue.$Shape): codexk8s.controlplane.v1.RunQueue & codexk8s.controlplane.v1.RunQueue.$Shape;
                static create(properties?: codexk8s.controlplane.v1.RunQueue.$Properties): codexk8s.controlplane.v1.RunQueue;

                /**
                 * Encodes the specified RunQueue message. Does not implicitly {@link codexk8s.controlplane.v1.RunQueue.verify|verify} messages.
                 * @param m RunQueue message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.RunQueue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RunQueue message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.RunQueue.verify|verify} messages.
                 * @param message RunQueue message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.RunQueue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunQueue message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.RunQueue & codexk8s.controlplane.v1.RunQueue.$Shape} RunQueue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.RunQueue & codexk8s.controlplane.v1.RunQueue.$Shape;

                /**
                 * Decodes a RunQueue message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.RunQueue & codexk8s.controlplane.v1.RunQueue.$Shape} RunQueue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.RunQueue & codexk8s.controlplane.v1.RunQueue.$Shape;

                /**
                 * Verifies a RunQueue message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RunQueue message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RunQueue
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.RunQueue;

                /**
                 * Creates a plain object from a RunQueue message. Also converts values to other types if specified.
                 * @param m RunQueue
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.RunQueue, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RunQueue to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RunQueue
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RunQueue {

                /** Properties of a RunQueue. */
                interface $Properties {

                    /** RunQueue slotsInUse */
                    slotsInUse?: number;

                    /** RunQueue slotsTotal */
                    slotsTotal?: number;

                    /** RunQueue position */
                    position?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunQueue. */
                type $Shape = codexk8s.controlplane.v1.RunQueue.$Properties;
            }

            /**
             * Properties of a ListRunsRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListRunsRequest.$Properties instead.
             */
            interface IListRunsRequest extends codexk8s.controlplane.v1.ListRunsRequest.$Properties {
            }

            /** Represents a ListRunsRequest. */
            class ListRunsRequest {

                /**
                 * Constructs a new ListRunsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunsRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListRunsRequest limit. */
                limit: number;

                /** ListRunsRequest cursor. */
                cursor: string;

                /** ListRunsRequest projectId. */
                projectId: string;

                /** ListRunsRequest status. */
                status: string;

                /** ListRunsRequest repository. */
                repository: string;

                /** ListRunsRequest sender. */
                sender: string;

                /** ListRunsRequest trigger. */
                trigger: string;

                /**
                 * Creates a new ListRunsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunsRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunsRequest.$Shape): codexk8s.controlplane.v1.ListRunsRequest & codexk8s.controlplane.v1.ListRunsRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunsRequest.$Properties): codexk8s.controlplane.v1.ListRunsRequest;

                /**
                 * Encodes the specified ListRunsRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunsRequest.verify|verify} messages.
                 * @param m ListRunsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunsRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunsRequest.verify|verify} messages.
                 * @param message ListRunsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunsRequest & codexk8s.controlplane.v1.ListRunsRequest.$Shape} ListRunsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunsRequest & codexk8s.controlplane.v1.ListRunsRequest.$Shape;

                /**
                 * Decodes a ListRunsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunsRequest & codexk8s.controlplane.v1.ListRunsRequest.$Shape} ListRunsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunsRequest & codexk8s.controlplane.v1.ListRunsRequest.$Shape;

                /**
                 * Verifies a ListRunsRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunsRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunsRequest;

                /**
                 * Creates a plain object from a ListRunsRequest message. Also converts values to other types if specified.
                 * @param m ListRunsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunsRequest {

                /** Properties of a ListRunsRequest. */
                interface $Properties {

                    /** ListRunsRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListRunsRequest limit */
                    limit?: number;

                    /** ListRunsRequest cursor */
                    cursor?: string;

                    /** ListRunsRequest projectId */
                    projectId?: string;

                    /** ListRunsRequest status */
                    status?: string;

                    /** ListRunsRequest repository */
                    repository?: string;

                    /** ListRunsRequest sender */
                    sender?: string;

                    /** ListRunsRequest trigger */
                    trigger?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunsRequest. */
                type $Shape = codexk8s.controlplane.v1.ListRunsRequest.$Properties;
            }

            /**
             * Properties of a ListRunsResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListRunsResponse.$Properties instead.
             */
            interface IListRunsResponse extends codexk8s.controlplane.v1.ListRunsResponse.$Properties {
            }

            /** Represents a ListRunsResponse. */
            class ListRunsResponse {

                /**
                 * Constructs a new ListRunsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunsResponse items. */
                items: codexk8s.controlplane.v1.Run[];

                /** ListRunsResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListRunsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunsResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunsResponse.$Shape): codexk8s.controlplane.v1.ListRunsResponse & codexk8s.controlplane.v1.ListRunsResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunsResponse.$Properties): codexk8s.controlplane.v1.ListRunsResponse;

                /**
                 * Encodes the specified ListRunsResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunsResponse.verify|verify} messages.
                 * @param m ListRunsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunsResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunsResponse.verify|verify} messages.
                 * @param message ListRunsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunsResponse & codexk8s.controlplane.v1.ListRunsResponse.$Shape} ListRunsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunsResponse & codexk8s.controlplane.v1.ListRunsResponse.$Shape;

                /**
                 * Decodes a ListRunsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunsResponse & codexk8s.controlplane.v1.ListRunsResponse.$Shape} ListRunsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunsResponse & codexk8s.controlplane.v1.ListRunsResponse.$Shape;

                /**
                 * Verifies a ListRunsResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunsResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunsResponse;

                /**
                 * Creates a plain object from a ListRunsResponse message. Also converts values to other types if specified.
                 * @param m ListRunsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunsResponse {

                /** Properties of a ListRunsResponse. */
                interface $Properties {

                    /** ListRunsResponse items */
                    items?: codexk8s.controlplane.v1.Run.$Properties[];

                    /** ListRunsResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunsResponse. */
                type $Shape = codexk8s.controlplane.v1.ListRunsResponse.$Properties;
            }

            /**
             * Properties of a GetRunRequest.
             * @deprecated Use codexk8s.controlplane.v1.GetRunRequest.$Properties instead.
             */
            interface IGetRunRequest extends codexk8s.controlplane.v1.GetRunRequest.$Properties {
            }

            /** Represents a GetRunRequest. */
            class GetRunRequest {

                /**
                 * Constructs a new GetRunRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GetRunRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetRunRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** GetRunRequest runId. */
                runId: string;

                /**
                 * Creates a new GetRunRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetRunRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.GetRunRequest.$Shape): codexk8s.controlplane.v1.GetRunRequest & codexk8s.controlplane.v1.GetRunRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GetRunRequest.$Properties): codexk8s.controlplane.v1.GetRunRequest;

                /**
                 * Encodes the specified GetRunRequest message. Does not implicitly {@link codexk8s.controlplane.v1.GetRunRequest.verify|verify} messages.
                 * @param m GetRunRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GetRunRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetRunRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GetRunRequest.verify|verify} messages.
                 * @param message GetRunRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GetRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetRunRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GetRunRequest & codexk8s.controlplane.v1.GetRunRequest.$Shape} GetRunRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GetRunRequest & codexk8s.controlplane.v1.GetRunRequest.$Shape;

                /**
                 * Decodes a GetRunRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GetRunRequest & codexk8s.controlplane.v1.GetRunRequest.$Shape} GetRunRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GetRunRequest & codexk8s.controlplane.v1.GetRunRequest.$Shape;

                /**
                 * Verifies a GetRunRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetRunRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GetRunRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GetRunRequest;

                /**
                 * Creates a plain object from a GetRunRequest message. Also converts values to other types if specified.
                 * @param m GetRunRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GetRunRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetRunRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetRunRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetRunRequest {

                /** Properties of a GetRunRequest. */
                interface $Properties {

                    /** GetRunRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** GetRunRequest runId */
                    runId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetRunRequest. */
                type $Shape = codexk8s.controlplane.v1.GetRunRequest.$Properties;
            }

            /**
             * Properties of a GetRunResponse.
             * @deprecated Use codexk8s.controlplane.v1.GetRunResponse.$Properties instead.
             */
            interface IGetRunResponse extends codexk8s.controlplane.v1.GetRunResponse.$Properties {
            }

            /** Represents a GetRunResponse. */
            class GetRunResponse {

                /**
                 * Constructs a new GetRunResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GetRunResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetRunResponse run. */
                run: codexk8s.controlplane.v1.Run;

                /** GetRunResponse runPayloadJson. */
                runPayloadJson: string;

                /** GetRunResponse rerunOf. */
                rerunOf: string;

                /** GetRunResponse rerunIds. */
                rerunIds: string[];

                /** GetRunResponse githubReport. */
                githubReport: codexk8s.controlplane.v1.GitHubReport;

                /** GetRunResponse queue. */
                queue: codexk8s.controlplane.v1.RunQueue;

                /**
                 * Creates a new GetRunResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetRunResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.GetRunResponse.$Shape): codexk8s.controlplane.v1.GetRunResponse & codexk8s.controlplane.v1.GetRunResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GetRunResponse.$Properties): codexk8s.controlplane.v1.GetRunResponse;

                /**
                 * Encodes the specified GetRunResponse message. Does not implicitly {@link codexk8s.controlplane.v1.GetRunResponse.verify|verify} messages.
                 * @param m GetRunResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GetRunResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetRunResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GetRunResponse.verify|verify} messages.
                 * @param message GetRunResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GetRunResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetRunResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GetRunResponse & codexk8s.controlplane.v1.GetRunResponse.$Shape} GetRunResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GetRunResponse & codexk8s.controlplane.v1.GetRunResponse.$Shape;

                /**
                 * Decodes a GetRunResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GetRunResponse & codexk8s.controlplane.v1.GetRunResponse.$Shape} GetRunResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GetRunResponse & codexk8s.controlplane.v1.GetRunResponse.$Shape;

                /**
                 * Verifies a GetRunResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetRunResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GetRunResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GetRunResponse;

                /**
                 * Creates a plain object from a GetRunResponse message. Also converts values to other types if specified.
                 * @param m GetRunResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GetRunResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetRunResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetRunResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetRunResponse {

                /** Properties of a GetRunResponse. */
                interface $Properties {

                    /** GetRunResponse run */
                    run?: codexk8s.controlplane.v1.Run.$Properties;

                    /** GetRunResponse runPayloadJson */
                    runPayloadJson?: string;

                    /** GetRunResponse rerunOf */
                    rerunOf?: string;

                    /** GetRunResponse rerunIds */
                    rerunIds?: string[];

                    /** GetRunResponse githubReport */
                    githubReport?: codexk8s.controlplane.v1.GitHubReport.$Properties;

                    /** GetRunResponse queue */
                    queue?: codexk8s.controlplane.v1.RunQueue.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetRunResponse. */
                type $Shape = codexk8s.controlplane.v1.GetRunResponse.$Properties;
            }

            /**
             * Properties of a GitHubReport.
             * @deprecated Use codexk8s.controlplane.v1.GitHubReport.$Properties instead.
             */
            interface IGitHubReport extends codexk8s.controlplane.v1.GitHubReport.$Properties {
            }

            /** Represents a GitHubReport. */
            class GitHubReport {

                /**
                 * Constructs a new GitHubReport.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.GitHubReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GitHubReport state. */
                state: string;

                /** GitHubReport sentState. */
                sentState: string;

                /** GitHubReport lastError. */
                lastError: string;

                /**
                 * Creates a new GitHubReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GitHubReport instance
                 */
                static create(properties: codexk8s.controlplane.v1.GitHubReport.$Shape): codexk8s.controlplane.v1.GitHubReport & codexk8s.controlplane.v1.GitHubReport.$Shape;
                static create(properties?: codexk8s.controlplane.v1.GitHubReport.$Properties): codexk8s.controlplane.v1.GitHubReport;

                /**
                 * Encodes the specified GitHubReport message. Does not implicitly {@link codexk8s.controlplane.v1.GitHubReport.verify|verify} messages.
                 * @param m GitHubReport message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.GitHubReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GitHubReport message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.GitHubReport.verify|verify} messages.
                 * @param message GitHubReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.GitHubReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GitHubReport message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.GitHubReport & codexk8s.controlplane.v1.GitHubReport.$Shape} GitHubReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.GitHubReport & codexk8s.controlplane.v1.GitHubReport.$Shape;

                /**
                 * Decodes a GitHubReport message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.GitHubReport & codexk8s.controlplane.v1.GitHubReport.$Shape} GitHubReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.GitHubReport & codexk8s.controlplane.v1.GitHubReport.$Shape;

                /**
                 * Verifies a GitHubReport message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a GitHubReport message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GitHubReport
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.GitHubReport;

                /**
                 * Creates a plain object from a GitHubReport message. Also converts values to other types if specified.
                 * @param m GitHubReport
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.GitHubReport, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GitHubReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GitHubReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GitHubReport {

                /** Properties of a GitHubReport. */
                interface $Properties {

                    /** GitHubReport state */
                    state?: string;

                    /** GitHubReport sentState */
                    sentState?: string;

                    /** GitHubReport lastError */
                    lastError?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GitHubReport. */
                type $Shape = codexk8s.controlplane.v1.GitHubReport.$Properties;
            }

            /**
             * Properties of a FlowEvent.
             * @deprecated Use codexk8s.controlplane.v1.FlowEvent.$Properties instead.
             */
            interface IFlowEvent extends codexk8s.controlplane.v1.FlowEvent.$Properties {
            }

            /** Represents a FlowEvent. */
            class FlowEvent {

                /**
                 * Constructs a new FlowEvent.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.FlowEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FlowEvent id. */
                id: number;

                /** FlowEvent correlationId. */
                correlationId: string;

                /** FlowEvent actorType. */
                actorType: string;

                /** FlowEvent actorId. */
                actorId: string;

                /** FlowEvent eventType. */
                eventType: string;

                /** FlowEvent payloadJson. */
                payloadJson: string;

                /** FlowEvent createdAt. */
                createdAt: google.protobuf.Timestamp;

                /** FlowEvent actorEmail. */
                actorEmail: string;

                /**
                 * Creates a new FlowEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FlowEvent instance
                 */
                static create(properties: codexk8s.controlplane.v1.FlowEvent.$Shape): codexk8s.controlplane.v1.FlowEvent & codexk8s.controlplane.v1.FlowEvent.$Shape;
                static create(properties?: codexk8s.controlplane.v1.FlowEvent.$Properties): codexk8s.controlplane.v1.FlowEvent;

                /**
                 * Encodes the specified FlowEvent message. Does not implicitly {@link codexk8s.controlplane.v1.FlowEvent.verify|verify} messages.
                 * @param m FlowEvent message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.FlowEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified FlowEvent message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.FlowEvent.verify|verify} messages.
                 * @param message FlowEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.FlowEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FlowEvent message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.FlowEvent & codexk8s.controlplane.v1.FlowEvent.$Shape} FlowEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.FlowEvent & codexk8s.controlplane.v1.FlowEvent.$Shape;

                /**
                 * Decodes a FlowEvent message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.FlowEvent & codexk8s.controlplane.v1.FlowEvent.$Shape} FlowEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.FlowEvent & codexk8s.controlplane.v1.FlowEvent.$Shape;

                /**
                 * Verifies a FlowEvent message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a FlowEvent message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns FlowEvent
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.FlowEvent;

                /**
                 * Creates a plain object from a FlowEvent message. Also converts values to other types if specified.
                 * @param m FlowEvent
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.FlowEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FlowEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FlowEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FlowEvent {

                /** Properties of a FlowEvent. */
                interface $Properties {

                    /** FlowEvent id */
                    id?: number;

                    /** FlowEvent correlationId */
                    correlationId?: string;

                    /** FlowEvent actorType */
                    actorType?: string;

                    /** FlowEvent actorId */
                    actorId?: string;

                    /** FlowEvent eventType */
                    eventType?: string;

                    /** FlowEvent payloadJson */
                    payloadJson?: string;

                    /** FlowEvent createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** FlowEvent actorEmail */
                    actorEmail?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FlowEvent. */
                type $Shape = codexk8s.controlplane.v1.FlowEvent.$Properties;
            }

            /**
             * Properties of an AuditEvent.
             * @deprecated Use codexk8s.controlplane.v1.AuditEvent.$Properties instead.
             */
            interface IAuditEvent extends codexk8s.controlplane.v1.AuditEvent.$Properties {
            }

            /** Represents an AuditEvent. */
            class AuditEvent {

                /**
                 * Constructs a new AuditEvent.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.AuditEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuditEvent id. */
                id: number;

                /** AuditEvent eventType. */
                eventType: string;

                /** AuditEvent actorId. */
                actorId: string;

                /** AuditEvent actorEmail. */
                actorEmail: string;

                /** AuditEvent projectId. */
                projectId: string;

                /** AuditEvent projectSlug. */
                projectSlug: string;

                /** AuditEvent targetKind. */
                targetKind: string;

                /** AuditEvent targetId. */
                targetId: string;

                /** AuditEvent userId. */
                userId: string;

                /** AuditEvent runId. */
                runId: string;

                /** AuditEvent repositoryId. */
                repositoryId: string;

                /** AuditEvent payloadJson. */
                payloadJson: string;

                /** AuditEvent createdAt. */
                createdAt: google.protobuf.Timestamp;

                /**
                 * Creates a new AuditEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuditEvent instance
                 */
                static create(properties: codexk8s.controlplane.v1.AuditEvent.$Shape): codexk8s.controlplane.v1.AuditEvent & codexk8s.controlplane.v1.AuditEvent.$Shape;
                static create(properties?: codexk8s.controlplane.v1.AuditEvent.$Properties): codexk8s.controlplane.v1.AuditEvent;

                /**
                 * Encodes the specified AuditEvent message. Does not implicitly {@link codexk8s.controlplane.v1.AuditEvent.verify|verify} messages.
                 * @param m AuditEvent message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.AuditEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AuditEvent message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.AuditEvent.verify|verify} messages.
                 * @param message AuditEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.AuditEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuditEvent message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.AuditEvent & codexk8s.controlplane.v1.AuditEvent.$Shape} AuditEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.AuditEvent & codexk8s.controlplane.v1.AuditEvent.$Shape;

                /**
                 * Decodes an AuditEvent message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.AuditEvent & codexk8s.controlplane.v1.AuditEvent.$Shape} AuditEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.AuditEvent & codexk8s.controlplane.v1.AuditEvent.$Shape;

                /**
                 * Verifies an AuditEvent message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuditEvent message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AuditEvent
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.AuditEvent;

                /**
                 * Creates a plain object from an AuditEvent message. Also converts values to other types if specified.
                 * @param m AuditEvent
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.AuditEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuditEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuditEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuditEvent {

                /** Properties of an AuditEvent. */
                interface $Properties {

                    /** AuditEvent id */
                    id?: number;

                    /** AuditEvent eventType */
                    eventType?: string;

                    /** AuditEvent actorId */
                    actorId?: string;

                    /** AuditEvent actorEmail */
                    actorEmail?: string;

                    /** AuditEvent projectId */
                    projectId?: string;

                    /** AuditEvent projectSlug */
                    projectSlug?: string;

                    /** AuditEvent targetKind */
                    targetKind?: string;

                    /** AuditEvent targetId */
                    targetId?: string;

                    /** AuditEvent userId */
                    userId?: string;

                    /** AuditEvent runId */
                    runId?: string;

                    /** AuditEvent repositoryId */
                    repositoryId?: string;

                    /** AuditEvent payloadJson */
                    payloadJson?: string;

                    /** AuditEvent createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuditEvent. */
                type $Shape = codexk8s.controlplane.v1.AuditEvent.$Properties;
            }

            /**
             * Properties of a ListAuditEventsRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListAuditEventsRequest.$Properties instead.
             */
            interface IListAuditEventsRequest extends codexk8s.controlplane.v1.ListAuditEventsRequest.$Properties {
            }

            /** Represents a ListAuditEventsRequest. */
            class ListAuditEventsRequest {

                /**
                 * Constructs a new ListAuditEventsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListAuditEventsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListAuditEventsRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListAuditEventsRequest limit. */
                limit: number;

                /** ListAuditEventsRequest cursor. */
                cursor: string;

                /** ListAuditEventsRequest projectId. */
                projectId: string;

                /** ListAuditEventsRequest actorId. */
                actorId: string;

                /**
                 * Creates a new ListAuditEventsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListAuditEventsRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListAuditEventsRequest.$Shape): codexk8s.controlplane.v1.ListAuditEventsRequest & codexk8s.controlplane.v1.ListAuditEventsRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListAuditEventsRequest.$Properties): codexk8s.controlplane.v1.ListAuditEventsRequest;

                /**
                 * Encodes the specified ListAuditEventsRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListAuditEventsRequest.verify|verify} messages.
                 * @param m ListAuditEventsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListAuditEventsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListAuditEventsRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListAuditEventsRequest.verify|verify} messages.
                 * @param message ListAuditEventsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListAuditEventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListAuditEventsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListAuditEventsRequest & codexk8s.controlplane.v1.ListAuditEventsRequest.$Shape} ListAuditEventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListAuditEventsRequest & codexk8s.controlplane.v1.ListAuditEventsRequest.$Shape;

                /**
                 * Decodes a ListAuditEventsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListAuditEventsRequest & codexk8s.controlplane.v1.ListAuditEventsRequest.$Shape} ListAuditEventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListAuditEventsRequest & codexk8s.controlplane.v1.ListAuditEventsRequest.$Shape;

                /**
                 * Verifies a ListAuditEventsRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListAuditEventsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListAuditEventsRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListAuditEventsRequest;

                /**
                 * Creates a plain object from a ListAuditEventsRequest message. Also converts values to other types if specified.
                 * @param m ListAuditEventsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListAuditEventsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListAuditEventsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListAuditEventsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListAuditEventsRequest {

                /** Properties of a ListAuditEventsRequest. */
                interface $Properties {

                    /** ListAuditEventsRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListAuditEventsRequest limit */
                    limit?: number;

                    /** ListAuditEventsRequest cursor */
                    cursor?: string;

                    /** ListAuditEventsRequest projectId */
                    projectId?: string;

                    /** ListAuditEventsRequest actorId */
                    actorId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListAuditEventsRequest. */
                type $Shape = codexk8s.controlplane.v1.ListAuditEventsRequest.$Properties;
            }

            /**
             * Properties of a ListAuditEventsResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListAuditEventsResponse.$Properties instead.
             */
            interface IListAuditEventsResponse extends codexk8s.controlplane.v1.ListAuditEventsResponse.$Properties {
            }

            /** Represents a ListAuditEventsResponse. */
            class ListAuditEventsResponse {

                /**
                 * Constructs a new ListAuditEventsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListAuditEventsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListAuditEventsResponse items. */
                items: codexk8s.controlplane.v1.AuditEvent[];

                /** ListAuditEventsResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListAuditEventsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListAuditEventsResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListAuditEventsResponse.$Shape): codexk8s.controlplane.v1.ListAuditEventsResponse & codexk8s.controlplane.v1.ListAuditEventsResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListAuditEventsResponse.$Properties): codexk8s.controlplane.v1.ListAuditEventsResponse;

                /**
                 * Encodes the specified ListAuditEventsResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListAuditEventsResponse.verify|verify} messages.
                 * @param m ListAuditEventsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListAuditEventsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListAuditEventsResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListAuditEventsResponse.verify|verify} messages.
                 * @param message ListAuditEventsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListAuditEventsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListAuditEventsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListAuditEventsResponse & codexk8s.controlplane.v1.ListAuditEventsResponse.$Shape} ListAuditEventsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListAuditEventsResponse & codexk8s.controlplane.v1.ListAuditEventsResponse.$Shape;

                /**
                 * Decodes a ListAuditEventsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListAuditEventsResponse & codexk8s.controlplane.v1.ListAuditEventsResponse.$Shape} ListAuditEventsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListAuditEventsResponse & codexk8s.controlplane.v1.ListAuditEventsResponse.$Shape;

                /**
                 * Verifies a ListAuditEventsResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListAuditEventsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListAuditEventsResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListAuditEventsResponse;

                /**
                 * Creates a plain object from a ListAuditEventsResponse message. Also converts values to other types if specified.
                 * @param m ListAuditEventsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListAuditEventsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListAuditEventsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListAuditEventsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListAuditEventsResponse {

                /** Properties of a ListAuditEventsResponse. */
                interface $Properties {

                    /** ListAuditEventsResponse items */
                    items?: codexk8s.controlplane.v1.AuditEvent.$Properties[];

                    /** ListAuditEventsResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListAuditEventsResponse. */
                type $Shape = codexk8s.controlplane.v1.ListAuditEventsResponse.$Properties;
            }

            /**
             * Properties of a ListRunEventsRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListRunEventsRequest.$Properties instead.
             */
            interface IListRunEventsRequest extends codexk8s.controlplane.v1.ListRunEventsRequest.$Properties {
            }

            /** Represents a ListRunEventsRequest. */
            class ListRunEventsRequest {

                /**
                 * Constructs a new ListRunEventsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunEventsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunEventsRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListRunEventsRequest runId. */
                runId: string;

                /** ListRunEventsRequest limit. */
                limit: number;

                /** ListRunEventsRequest cursor. */
                cursor: string;

                /**
                 * Creates a new ListRunEventsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunEventsRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunEventsRequest.$Shape): codexk8s.controlplane.v1.ListRunEventsRequest & codexk8s.controlplane.v1.ListRunEventsRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunEventsRequest.$Properties): codexk8s.controlplane.v1.ListRunEventsRequest;

                /**
                 * Encodes the specified ListRunEventsRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunEventsRequest.verify|verify} messages.
                 * @param m ListRunEventsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunEventsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunEventsRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunEventsRequest.verify|verify} messages.
                 * @param message ListRunEventsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunEventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunEventsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunEventsRequest & codexk8s.controlplane.v1.ListRunEventsRequest.$Shape} ListRunEventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunEventsRequest & codexk8s.controlplane.v1.ListRunEventsRequest.$Shape;

                /**
                 * Decodes a ListRunEventsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunEventsRequest & codexk8s.controlplane.v1.ListRunEventsRequest.$Shape} ListRunEventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunEventsRequest & codexk8s.controlplane.v1.ListRunEventsRequest.$Shape;

                /**
                 * Verifies a ListRunEventsRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunEventsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunEventsRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunEventsRequest;

                /**
                 * Creates a plain object from a ListRunEventsRequest message. Also converts values to other types if specified.
                 * @param m ListRunEventsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunEventsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunEventsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunEventsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunEventsRequest {

                /** Properties of a ListRunEventsRequest. */
                interface $Properties {

                    /** ListRunEventsRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListRunEventsRequest runId */
                    runId?: string;

                    /** ListRunEventsRequest limit */
                    limit?: number;

                    /** ListRunEventsRequest cursor */
                    cursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunEventsRequest. */
                type $Shape = codexk8s.controlplane.v1.ListRunEventsRequest.$Properties;
            }

            /**
             * Properties of a ListRunEventsResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListRunEventsResponse.$Properties instead.
             */
            interface IListRunEventsResponse extends codexk8s.controlplane.v1.ListRunEventsResponse.$Properties {
            }

            /** Represents a ListRunEventsResponse. */
            class ListRunEventsResponse {

                /**
                 * Constructs a new ListRunEventsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunEventsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunEventsResponse items. */
                items: codexk8s.controlplane.v1.FlowEvent[];

                /** ListRunEventsResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListRunEventsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunEventsResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunEventsResponse.$Shape): codexk8s.controlplane.v1.ListRunEventsResponse & codexk8s.controlplane.v1.ListRunEventsResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunEventsResponse.$Properties): codexk8s.controlplane.v1.ListRunEventsResponse;

                /**
                 * Encodes the specified ListRunEventsResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunEventsResponse.verify|verify} messages.
                 * @param m ListRunEventsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunEventsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunEventsResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunEventsResponse.verify|verify} messages.
                 * @param message ListRunEventsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunEventsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunEventsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunEventsResponse & codexk8s.controlplane.v1.ListRunEventsResponse.$Shape} ListRunEventsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunEventsResponse & codexk8s.controlplane.v1.ListRunEventsResponse.$Shape;

                /**
                 * Decodes a ListRunEventsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunEventsResponse & codexk8s.controlplane.v1.ListRunEventsResponse.$Shape} ListRunEventsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunEventsResponse & codexk8s.controlplane.v1.ListRunEventsResponse.$Shape;

                /**
                 * Verifies a ListRunEventsResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunEventsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunEventsResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunEventsResponse;

                /**
                 * Creates a plain object from a ListRunEventsResponse message. Also converts values to other types if specified.
                 * @param m ListRunEventsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunEventsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunEventsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunEventsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunEventsResponse {

                /** Properties of a ListRunEventsResponse. */
                interface $Properties {

                    /** ListRunEventsResponse items */
                    items?: codexk8s.controlplane.v1.FlowEvent.$Properties[];

                    /** ListRunEventsResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunEventsResponse. */
                type $Shape = codexk8s.controlplane.v1.ListRunEventsResponse.$Properties;
            }

            /**
             * Properties of a WatchRunEventsRequest.
             * @deprecated Use codexk8s.controlplane.v1.WatchRunEventsRequest.$Properties instead.
             */
            interface IWatchRunEventsRequest extends codexk8s.controlplane.v1.WatchRunEventsRequest.$Properties {
            }

            /** Represents a WatchRunEventsRequest. */
            class WatchRunEventsRequest {

                /**
                 * Constructs a new WatchRunEventsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.WatchRunEventsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchRunEventsRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** WatchRunEventsRequest runId. */
                runId: string;

                /** WatchRunEventsRequest afterEventId. */
                afterEventId: number;

                /**
                 * Creates a new WatchRunEventsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchRunEventsRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.WatchRunEventsRequest.$Shape): codexk8s.controlplane.v1.WatchRunEventsRequest & codexk8s.controlplane.v1.WatchRunEventsRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.WatchRunEventsRequest.$Properties): codexk8s.controlplane.v1.WatchRunEventsRequest;

                /**
                 * Encodes the specified WatchRunEventsRequest message. Does not implicitly {@link codexk8s.controlplane.v1.WatchRunEventsRequest.verify|verify} messages.
                 * @param m WatchRunEventsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.WatchRunEventsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WatchRunEventsRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.WatchRunEventsRequest.verify|verify} messages.
                 * @param message WatchRunEventsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.WatchRunEventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchRunEventsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.WatchRunEventsRequest & codexk8s.controlplane.v1.WatchRunEventsRequest.$Shape} WatchRunEventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.WatchRunEventsRequest & codexk8s.controlplane.v1.WatchRunEventsRequest.$Shape;

                /**
                 * Decodes a WatchRunEventsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.WatchRunEventsRequest & codexk8s.controlplane.v1.WatchRunEventsRequest.$Shape} WatchRunEventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.WatchRunEventsRequest & codexk8s.controlplane.v1.WatchRunEventsRequest.$Shape;

                /**
                 * Verifies a WatchRunEventsRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a WatchRunEventsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns WatchRunEventsRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.WatchRunEventsRequest;

                /**
                 * Creates a plain object from a WatchRunEventsRequest message. Also converts values to other types if specified.
                 * @param m WatchRunEventsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.WatchRunEventsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WatchRunEventsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WatchRunEventsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchRunEventsRequest {

                /** Properties of a WatchRunEventsRequest. */
                interface $Properties {

                    /** WatchRunEventsRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** WatchRunEventsRequest runId */
                    runId?: string;

                    /** WatchRunEventsRequest afterEventId */
                    afterEventId?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WatchRunEventsRequest. */
                type $Shape = codexk8s.controlplane.v1.WatchRunEventsRequest.$Properties;
            }

            /**
             * Properties of a LearningFeedback.
             * @deprecated Use codexk8s.controlplane.v1.LearningFeedback.$Properties instead.
             */
            interface ILearningFeedback extends codexk8s.controlplane.v1.LearningFeedback.$Properties {
            }

            /** Represents a LearningFeedback. */
            class LearningFeedback {

                /**
                 * Constructs a new LearningFeedback.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.LearningFeedback.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LearningFeedback id. */
                id: number;

                /** LearningFeedback runId. */
                runId: string;

                /** LearningFeedback repositoryId. */
                repositoryId: string;

                /** LearningFeedback prNumber. */
                prNumber: number;

                /** LearningFeedback filePath. */
                filePath: string;

                /** LearningFeedback line. */
                line: number;

                /** LearningFeedback kind. */
                kind: string;

                /** LearningFeedback explanation. */
                explanation: string;

                /** LearningFeedback createdAt. */
                createdAt: google.protobuf.Timestamp;

                /**
                 * Creates a new LearningFeedback instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LearningFeedback instance
                 */
                static create(properties: codexk8s.controlplane.v1.LearningFeedback.$Shape): codexk8s.controlplane.v1.LearningFeedback & codexk8s.controlplane.v1.LearningFeedback.$Shape;
                static create(properties?: codexk8s.controlplane.v1.LearningFeedback.$Properties): codexk8s.controlplane.v1.LearningFeedback;

                /**
                 * Encodes the specified LearningFeedback message. Does not implicitly {@link codexk8s.controlplane.v1.LearningFeedback.verify|verify} messages.
                 * @param m LearningFeedback message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.LearningFeedback.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LearningFeedback message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.LearningFeedback.verify|verify} messages.
                 * @param message LearningFeedback message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.LearningFeedback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LearningFeedback message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.LearningFeedback & codexk8s.controlplane.v1.LearningFeedback.$Shape} LearningFeedback
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.LearningFeedback & codexk8s.controlplane.v1.LearningFeedback.$Shape;

                /**
                 * Decodes a LearningFeedback message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.LearningFeedback & codexk8s.controlplane.v1.LearningFeedback.$Shape} LearningFeedback
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.LearningFeedback & codexk8s.controlplane.v1.LearningFeedback.$Shape;

                /**
                 * Verifies a LearningFeedback message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a LearningFeedback message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns LearningFeedback
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.LearningFeedback;

                /**
                 * Creates a plain object from a LearningFeedback message. Also converts values to other types if specified.
                 * @param m LearningFeedback
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.LearningFeedback, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LearningFeedback to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LearningFeedback
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LearningFeedback {

                /** Properties of a LearningFeedback. */
                interface $Properties {

                    /** LearningFeedback id */
                    id?: number;

                    /** LearningFeedback runId */
                    runId?: string;

                    /** LearningFeedback repositoryId */
                    repositoryId?: string;

                    /** LearningFeedback prNumber */
                    prNumber?: number;

                    /** LearningFeedback filePath */
                    filePath?: string;

                    /** LearningFeedback line */
                    line?: number;

                    /** LearningFeedback kind */
                    kind?: string;

                    /** LearningFeedback explanation */
                    explanation?: string;

                    /** LearningFeedback createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LearningFeedback. */
                type $Shape = codexk8s.controlplane.v1.LearningFeedback.$Properties;
            }

            /**
             * Properties of a ListRunLearningFeedbackRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Properties instead.
             */
            interface IListRunLearningFeedbackRequest extends codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Properties {
            }

            /** Represents a ListRunLearningFeedbackRequest. */
            class ListRunLearningFeedbackRequest {

                /**
                 * Constructs a new ListRunLearningFeedbackRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunLearningFeedbackRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListRunLearningFeedbackRequest runId. */
                runId: string;

                /** ListRunLearningFeedbackRequest limit. */
                limit: number;

                /** ListRunLearningFeedbackRequest cursor. */
                cursor: string;

                /**
                 * Creates a new ListRunLearningFeedbackRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunLearningFeedbackRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Shape): codexk8s.controlplane.v1.ListRunLearningFeedbackRequest & codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Properties): codexk8s.controlplane.v1.ListRunLearningFeedbackRequest;

                /**
                 * Encodes the specified ListRunLearningFeedbackRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.verify|verify} messages.
                 * @param m ListRunLearningFeedbackRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunLearningFeedbackRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.verify|verify} messages.
                 * @param message ListRunLearningFeedbackRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunLearningFeedbackRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunLearningFeedbackRequest & codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Shape} ListRunLearningFeedbackRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunLearningFeedbackRequest & codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Shape;

                /**
                 * Decodes a ListRunLearningFeedbackRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunLearningFeedbackRequest & codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Shape} ListRunLearningFeedbackRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunLearningFeedbackRequest & codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Shape;

                /**
                 * Verifies a ListRunLearningFeedbackRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunLearningFeedbackRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunLearningFeedbackRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunLearningFeedbackRequest;

                /**
                 * Creates a plain object from a ListRunLearningFeedbackRequest message. Also converts values to other types if specified.
                 * @param m ListRunLearningFeedbackRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunLearningFeedbackRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunLearningFeedbackRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunLearningFeedbackRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunLearningFeedbackRequest {

                /** Properties of a ListRunLearningFeedbackRequest. */
                interface $Properties {

                    /** ListRunLearningFeedbackRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListRunLearningFeedbackRequest runId */
                    runId?: string;

                    /** ListRunLearningFeedbackRequest limit */
                    limit?: number;

                    /** ListRunLearningFeedbackRequest cursor */
                    cursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunLearningFeedbackRequest. */
                type $Shape = codexk8s.controlplane.v1.ListRunLearningFeedbackRequest.$Properties;
            }

            /**
             * Properties of a ListRunLearningFeedbackResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Properties instead.
             */
            interface IListRunLearningFeedbackResponse extends codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Properties {
            }

            /** Represents a ListRunLearningFeedbackResponse. */
            class ListRunLearningFeedbackResponse {

                /**
                 * Constructs a new ListRunLearningFeedbackResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunLearningFeedbackResponse items. */
                items: codexk8s.controlplane.v1.LearningFeedback[];

                /** ListRunLearningFeedbackResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListRunLearningFeedbackResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunLearningFeedbackResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Shape): codexk8s.controlplane.v1.ListRunLearningFeedbackResponse & codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Properties): codexk8s.controlplane.v1.ListRunLearningFeedbackResponse;

                /**
                 * Encodes the specified ListRunLearningFeedbackResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.verify|verify} messages.
                 * @param m ListRunLearningFeedbackResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunLearningFeedbackResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.verify|verify} messages.
                 * @param message ListRunLearningFeedbackResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunLearningFeedbackResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunLearningFeedbackResponse & codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Shape} ListRunLearningFeedbackResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunLearningFeedbackResponse & codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Shape;

                /**
                 * Decodes a ListRunLearningFeedbackResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunLearningFeedbackResponse & codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Shape} ListRunLearningFeedbackResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunLearningFeedbackResponse & codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Shape;

                /**
                 * Verifies a ListRunLearningFeedbackResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunLearningFeedbackResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunLearningFeedbackResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunLearningFeedbackResponse;

                /**
                 * Creates a plain object from a ListRunLearningFeedbackResponse message. Also converts values to other types if specified.
                 * @param m ListRunLearningFeedbackResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunLearningFeedbackResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunLearningFeedbackResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunLearningFeedbackResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunLearningFeedbackResponse {

                /** Properties of a ListRunLearningFeedbackResponse. */
                interface $Properties {

                    /** ListRunLearningFeedbackResponse items */
                    items?: codexk8s.controlplane.v1.LearningFeedback.$Properties[];

                    /** ListRunLearningFeedbackResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunLearningFeedbackResponse. */
                type $Shape = codexk8s.controlplane.v1.ListRunLearningFeedbackResponse.$Properties;
            }

            /**
             * Properties of a CancelRunRequest.
             * @deprecated Use codexk8s.controlplane.v1.CancelRunRequest.$Properties instead.
             */
            interface ICancelRunRequest extends codexk8s.controlplane.v1.CancelRunRequest.$Properties {
            }

            /** Represents a CancelRunRequest. */
            class CancelRunRequest {

                /**
                 * Constructs a new CancelRunRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.CancelRunRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CancelRunRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** CancelRunRequest runId. */
                runId: string;

                /**
                 * Creates a new CancelRunRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CancelRunRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.CancelRunRequest.$Shape): codexk8s.controlplane.v1.CancelRunRequest & codexk8s.controlplane.v1.CancelRunRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.CancelRunRequest.$Properties): codexk8s.controlplane.v1.CancelRunRequest;

                /**
                 * Encodes the specified CancelRunRequest message. Does not implicitly {@link codexk8s.controlplane.v1.CancelRunRequest.verify|verify} messages.
                 * @param m CancelRunRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.CancelRunRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CancelRunRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.CancelRunRequest.verify|verify} messages.
                 * @param message CancelRunRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.CancelRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CancelRunRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.CancelRunRequest & codexk8s.controlplane.v1.CancelRunRequest.$Shape} CancelRunRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.CancelRunRequest & codexk8s.controlplane.v1.CancelRunRequest.$Shape;

                /**
                 * Decodes a CancelRunRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.CancelRunRequest & codexk8s.controlplane.v1.CancelRunRequest.$Shape} CancelRunRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.CancelRunRequest & codexk8s.controlplane.v1.CancelRunRequest.$Shape;

                /**
                 * Verifies a CancelRunRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CancelRunRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CancelRunRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.CancelRunRequest;

                /**
                 * Creates a plain object from a CancelRunRequest message. Also converts values to other types if specified.
                 * @param m CancelRunRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.CancelRunRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CancelRunRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CancelRunRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CancelRunRequest {

                /** Properties of a CancelRunRequest. */
                interface $Properties {

                    /** CancelRunRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** CancelRunRequest runId */
                    runId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CancelRunRequest. */
                type $Shape = codexk8s.controlplane.v1.CancelRunRequest.$Properties;
            }

            /**
             * Properties of a CancelRunResponse.
             * @deprecated Use codexk8s.controlplane.v1.CancelRunResponse.$Properties instead.
             */
            interface ICancelRunResponse extends codexk8s.controlplane.v1.CancelRunResponse.$Properties {
            }

            /** Represents a CancelRunResponse. */
            class CancelRunResponse {

                /**
                 * Constructs a new CancelRunResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.CancelRunResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CancelRunResponse run. */
                run: codexk8s.controlplane.v1.Run;

                /**
                 * Creates a new CancelRunResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CancelRunResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.CancelRunResponse.$Shape): codexk8s.controlplane.v1.CancelRunResponse & codexk8s.controlplane.v1.CancelRunResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.CancelRunResponse.$Properties): codexk8s.controlplane.v1.CancelRunResponse;

                /**
                 * Encodes the specified CancelRunResponse message. Does not implicitly {@link codexk8s.controlplane.v1.CancelRunResponse.verify|verify} messages.
                 * @param m CancelRunResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.CancelRunResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CancelRunResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.CancelRunResponse.verify|verify} messages.
                 * @param message CancelRunResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.CancelRunResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CancelRunResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.CancelRunResponse & codexk8s.controlplane.v1.CancelRunResponse.$Shape} CancelRunResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.CancelRunResponse & codexk8s.controlplane.v1.CancelRunResponse.$Shape;

                /**
                 * Decodes a CancelRunResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.CancelRunResponse & codexk8s.controlplane.v1.CancelRunResponse.$Shape} CancelRunResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.CancelRunResponse & codexk8s.controlplane.v1.CancelRunResponse.$Shape;

                /**
                 * Verifies a CancelRunResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CancelRunResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CancelRunResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.CancelRunResponse;

                /**
                 * Creates a plain object from a CancelRunResponse message. Also converts values to other types if specified.
                 * @param m CancelRunResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.CancelRunResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CancelRunResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CancelRunResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CancelRunResponse {

                /** Properties of a CancelRunResponse. */
                interface $Properties {

                    /** CancelRunResponse run */
                    run?: codexk8s.controlplane.v1.Run.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CancelRunResponse. */
                type $Shape = codexk8s.controlplane.v1.CancelRunResponse.$Properties;
            }

            /**
             * Properties of a RerunRunRequest.
             * @deprecated Use codexk8s.controlplane.v1.RerunRunRequest.$Properties instead.
             */
            interface IRerunRunRequest extends codexk8s.controlplane.v1.RerunRunRequest.$Properties {
            }

            /** Represents a RerunRunRequest. */
            class RerunRunRequest {

                /**
                 * Constructs a new RerunRunRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.RerunRunRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RerunRunRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** RerunRunRequest runId. */
                runId: string;

                /**
                 * Creates a new RerunRunRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RerunRunRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.RerunRunRequest.$Shape): codexk8s.controlplane.v1.RerunRunRequest & codexk8s.controlplane.v1.RerunRunRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.RerunRunRequest.$Properties): codexk8s.controlplane.v1.RerunRunRequest;

                /**
                 * Encodes the specified RerunRunRequest message. Does not implicitly {@link codexk8s.controlplane.v1.RerunRunRequest.verify|verify} messages.
                 * @param m RerunRunRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.RerunRunRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RerunRunRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.RerunRunRequest.verify|verify} messages.
                 * @param message RerunRunRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.RerunRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RerunRunRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.RerunRunRequest & codexk8s.controlplane.v1.RerunRunRequest.$Shape} RerunRunRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.RerunRunRequest & codexk8s.controlplane.v1.RerunRunRequest.$Shape;

                /**
                 * Decodes a RerunRunRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.RerunRunRequest & codexk8s.controlplane.v1.RerunRunRequest.$Shape} RerunRunRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.RerunRunRequest & codexk8s.controlplane.v1.RerunRunRequest.$Shape;

                /**
                 * Verifies a RerunRunRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RerunRunRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RerunRunRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.RerunRunRequest;

                /**
                 * Creates a plain object from a RerunRunRequest message. Also converts values to other types if specified.
                 * @param m RerunRunRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.RerunRunRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RerunRunRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RerunRunRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RerunRunRequest {

                /** Properties of a RerunRunRequest. */
                interface $Properties {

                    /** RerunRunRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** RerunRunRequest runId */
                    runId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RerunRunRequest. */
                type $Shape = codexk8s.controlplane.v1.RerunRunRequest.$Properties;
            }

            /**
             * Properties of a RerunRunResponse.
             * @deprecated Use codexk8s.controlplane.v1.RerunRunResponse.$Properties instead.
             */
            interface IRerunRunResponse extends codexk8s.controlplane.v1.RerunRunResponse.$Properties {
            }

            /** Represents a RerunRunResponse. */
            class RerunRunResponse {

                /**
                 * Constructs a new RerunRunResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.RerunRunResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RerunRunResponse run. */
                run: codexk8s.controlplane.v1.Run;

                /**
                 * Creates a new RerunRunResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RerunRunResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.RerunRunResponse.$Shape): codexk8s.controlplane.v1.RerunRunResponse & codexk8s.controlplane.v1.RerunRunResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.RerunRunResponse.$Properties): codexk8s.controlplane.v1.RerunRunResponse;

                /**
                 * Encodes the specified RerunRunResponse message. Does not implicitly {@link codexk8s.controlplane.v1.RerunRunResponse.verify|verify} messages.
                 * @param m RerunRunResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.RerunRunResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RerunRunResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.RerunRunResponse.verify|verify} messages.
                 * @param message RerunRunResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.RerunRunResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RerunRunResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.RerunRunResponse & codexk8s.controlplane.v1.RerunRunResponse.$Shape} RerunRunResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.RerunRunResponse & codexk8s.controlplane.v1.RerunRunResponse.$Shape;

                /**
                 * Decodes a RerunRunResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.RerunRunResponse & codexk8s.controlplane.v1.RerunRunResponse.$Shape} RerunRunResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.RerunRunResponse & codexk8s.controlplane.v1.RerunRunResponse.$Shape;

                /**
                 * Verifies a RerunRunResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RerunRunResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RerunRunResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.RerunRunResponse;

                /**
                 * Creates a plain object from a RerunRunResponse message. Also converts values to other types if specified.
                 * @param m RerunRunResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.RerunRunResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RerunRunResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RerunRunResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RerunRunResponse {

                /** Properties of a RerunRunResponse. */
                interface $Properties {

                    /** RerunRunResponse run */
                    run?: codexk8s.controlplane.v1.Run.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RerunRunResponse. */
                type $Shape = codexk8s.controlplane.v1.RerunRunResponse.$Properties;
            }

            /**
             * Properties of a RunLogChunk.
             * @deprecated Use codexk8s.controlplane.v1.RunLogChunk.$Properties instead.
             */
            interface IRunLogChunk extends codexk8s.controlplane.v1.RunLogChunk.$Properties {
            }

            /** Represents a RunLogChunk. */
            class RunLogChunk {

                /**
                 * Constructs a new RunLogChunk.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.RunLogChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunLogChunk seq. */
                seq: number;

                /** RunLogChunk stream. */
                stream: string;

                /** RunLogChunk at. */
                at: google.protobuf.Timestamp;

                /** RunLogChunk text. */
                text: string;

                /**
                 * Creates a new RunLogChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RunLogChunk instance
                 */
                static create(properties: codexk8s.controlplane.v1.RunLogChunk.$Shape): codexk8s.controlplane.v1.RunLogChunk & codexk8s.controlplane.v1.RunLogChunk.$Shape;
                static create(properties?: codexk8s.controlplane.v1.RunLogChunk.$Properties): codexk8s.controlplane.v1.RunLogChunk;

                /**
                 * Encodes the specified RunLogChunk message. Does not implicitly {@link codexk8s.controlplane.v1.RunLogChunk.verify|verify} messages.
                 * @param m RunLogChunk message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.RunLogChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RunLogChunk message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.RunLogChunk.verify|verify} messages.
                 * @param message RunLogChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.RunLogChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunLogChunk message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.RunLogChunk & codexk8s.controlplane.v1.RunLogChunk.$Shape} RunLogChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.RunLogChunk & codexk8s.controlplane.v1.RunLogChunk.$Shape;

                /**
                 * Decodes a RunLogChunk message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.RunLogChunk & codexk8s.controlplane.v1.RunLogChunk.$Shape} RunLogChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.RunLogChunk & codexk8s.controlplane.v1.RunLogChunk.$Shape;

                /**
                 * Verifies a RunLogChunk message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RunLogChunk message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RunLogChunk
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.RunLogChunk;

                /**
                 * Creates a plain object from a RunLogChunk message. Also converts values to other types if specified.
                 * @param m RunLogChunk
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.RunLogChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RunLogChunk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RunLogChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RunLogChunk {

                /** Properties of a RunLogChunk. */
                interface $Properties {

                    /** RunLogChunk seq */
                    seq?: number;

                    /** RunLogChunk stream */
                    stream?: string;

                    /** RunLogChunk at */
                    at?: google.protobuf.Timestamp.$Properties;

                    /** RunLogChunk text */
                    text?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunLogChunk. */
                type $Shape = codexk8s.controlplane.v1.RunLogChunk.$Properties;
            }

            /**
             * Properties of a ListRunLogsRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListRunLogsRequest.$Properties instead.
             */
            interface IListRunLogsRequest extends codexk8s.controlplane.v1.ListRunLogsRequest.$Properties {
            }

            /** Represents a ListRunLogsRequest. */
            class ListRunLogsRequest {

                /**
                 * Constructs a new ListRunLogsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunLogsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunLogsRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListRunLogsRequest runId. */
                runId: string;

                /** ListRunLogsRequest limit. */
                limit: number;

                /** ListRunLogsRequest cursor. */
                cursor: string;

                /**
                 * Creates a new ListRunLogsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunLogsRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunLogsRequest.$Shape): codexk8s.controlplane.v1.ListRunLogsRequest & codexk8s.controlplane.v1.ListRunLogsRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunLogsRequest.$Properties): codexk8s.controlplane.v1.ListRunLogsRequest;

                /**
                 * Encodes the specified ListRunLogsRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLogsRequest.verify|verify} messages.
                 * @param m ListRunLogsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunLogsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunLogsRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLogsRequest.verify|verify} messages.
                 * @param message ListRunLogsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunLogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunLogsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunLogsRequest & codexk8s.controlplane.v1.ListRunLogsRequest.$Shape} ListRunLogsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunLogsRequest & codexk8s.controlplane.v1.ListRunLogsRequest.$Shape;

                /**
                 * Decodes a ListRunLogsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunLogsRequest & codexk8s.controlplane.v1.ListRunLogsRequest.$Shape} ListRunLogsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunLogsRequest & codexk8s.controlplane.v1.ListRunLogsRequest.$Shape;

                /**
                 * Verifies a ListRunLogsRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunLogsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunLogsRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunLogsRequest;

                /**
                 * Creates a plain object from a ListRunLogsRequest message. Also converts values to other types if specified.
                 * @param m ListRunLogsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunLogsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunLogsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunLogsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunLogsRequest {

                /** Properties of a ListRunLogsRequest. */
                interface $Properties {

                    /** ListRunLogsRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListRunLogsRequest runId */
                    runId?: string;

                    /** ListRunLogsRequest limit */
                    limit?: number;

                    /** ListRunLogsRequest cursor */
                    cursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunLogsRequest. */
                type $Shape = codexk8s.controlplane.v1.ListRunLogsRequest.$Properties;
            }

            /**
             * Properties of a ListRunLogsResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListRunLogsResponse.$Properties instead.
             */
            interface IListRunLogsResponse extends codexk8s.controlplane.v1.ListRunLogsResponse.$Properties {
            }

            /** Represents a ListRunLogsResponse. */
            class ListRunLogsResponse {

                /**
                 * Constructs a new ListRunLogsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListRunLogsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRunLogsResponse items. */
                items: codexk8s.controlplane.v1.RunLogChunk[];

                /** ListRunLogsResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListRunLogsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRunLogsResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListRunLogsResponse.$Shape): codexk8s.controlplane.v1.ListRunLogsResponse & codexk8s.controlplane.v1.ListRunLogsResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListRunLogsResponse.$Properties): codexk8s.controlplane.v1.ListRunLogsResponse;

                /**
                 * Encodes the specified ListRunLogsResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLogsResponse.verify|verify} messages.
                 * @param m ListRunLogsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListRunLogsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRunLogsResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListRunLogsResponse.verify|verify} messages.
                 * @param message ListRunLogsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListRunLogsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRunLogsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListRunLogsResponse & codexk8s.controlplane.v1.ListRunLogsResponse.$Shape} ListRunLogsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListRunLogsResponse & codexk8s.controlplane.v1.ListRunLogsResponse.$Shape;

                /**
                 * Decodes a ListRunLogsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListRunLogsResponse & codexk8s.controlplane.v1.ListRunLogsResponse.$Shape} ListRunLogsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListRunLogsResponse & codexk8s.controlplane.v1.ListRunLogsResponse.$Shape;

                /**
                 * Verifies a ListRunLogsResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRunLogsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListRunLogsResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListRunLogsResponse;

                /**
                 * Creates a plain object from a ListRunLogsResponse message. Also converts values to other types if specified.
                 * @param m ListRunLogsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListRunLogsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRunLogsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRunLogsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRunLogsResponse {

                /** Properties of a ListRunLogsResponse. */
                interface $Properties {

                    /** ListRunLogsResponse items */
                    items?: codexk8s.controlplane.v1.RunLogChunk.$Properties[];

                    /** ListRunLogsResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRunLogsResponse. */
                type $Shape = codexk8s.controlplane.v1.ListRunLogsResponse.$Properties;
            }

            /**
             * Properties of a WatchRunLogsRequest.
             * @deprecated Use codexk8s.controlplane.v1.WatchRunLogsRequest.$Properties instead.
             */
            interface IWatchRunLogsRequest extends codexk8s.controlplane.v1.WatchRunLogsRequest.$Properties {
            }

            /** Represents a WatchRunLogsRequest. */
            class WatchRunLogsRequest {

                /**
                 * Constructs a new WatchRunLogsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.WatchRunLogsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchRunLogsRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** WatchRunLogsRequest runId. */
                runId: string;

                /** WatchRunLogsRequest afterSeq. */
                afterSeq: number;

                /**
                 * Creates a new WatchRunLogsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchRunLogsRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.WatchRunLogsRequest.$Shape): codexk8s.controlplane.v1.WatchRunLogsRequest & codexk8s.controlplane.v1.WatchRunLogsRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.WatchRunLogsRequest.$Properties): codexk8s.controlplane.v1.WatchRunLogsRequest;

                /**
                 * Encodes the specified WatchRunLogsRequest message. Does not implicitly {@link codexk8s.controlplane.v1.WatchRunLogsRequest.verify|verify} messages.
                 * @param m WatchRunLogsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.WatchRunLogsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WatchRunLogsRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.WatchRunLogsRequest.verify|verify} messages.
                 * @param message WatchRunLogsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.WatchRunLogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchRunLogsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.WatchRunLogsRequest & codexk8s.controlplane.v1.WatchRunLogsRequest.$Shape} WatchRunLogsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.WatchRunLogsRequest & codexk8s.controlplane.v1.WatchRunLogsRequest.$Shape;

                /**
                 * Decodes a WatchRunLogsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.WatchRunLogsRequest & codexk8s.controlplane.v1.WatchRunLogsRequest.$Shape} WatchRunLogsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.WatchRunLogsRequest & codexk8s.controlplane.v1.WatchRunLogsRequest.$Shape;

                /**
                 * Verifies a WatchRunLogsRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a WatchRunLogsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns WatchRunLogsRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.WatchRunLogsRequest;

                /**
                 * Creates a plain object from a WatchRunLogsRequest message. Also converts values to other types if specified.
                 * @param m WatchRunLogsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.WatchRunLogsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WatchRunLogsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WatchRunLogsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchRunLogsRequest {

                /** Properties of a WatchRunLogsRequest. */
                interface $Properties {

                    /** WatchRunLogsRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** WatchRunLogsRequest runId */
                    runId?: string;

                    /** WatchRunLogsRequest afterSeq */
                    afterSeq?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WatchRunLogsRequest. */
                type $Shape = codexk8s.controlplane.v1.WatchRunLogsRequest.$Properties;
            }

            /**
             * Properties of a ProjectMember.
             * @deprecated Use codexk8s.controlplane.v1.ProjectMember.$Properties instead.
             */
            interface IProjectMember extends codexk8s.controlplane.v1.ProjectMember.$Properties {
            }

            /** Represents a ProjectMember. */
            class ProjectMember {

                /**
                 * Constructs a new ProjectMember.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ProjectMember.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProjectMember projectId. */
                projectId: string;

                /** ProjectMember userId. */
                userId: string;

                /** ProjectMember email. */
                email: string;

                /** ProjectMember githubLogin. */
                githubLogin: string;

                /** ProjectMember role. */
                role: string;

                /** ProjectMember learningModeOverride. */
                learningModeOverride: google.protobuf.BoolValue;

                /** ProjectMember createdAt. */
                createdAt: google.protobuf.Timestamp;

                /** ProjectMember updatedAt. */
                updatedAt: google.protobuf.Timestamp;

                /**
                 * Creates a new ProjectMember instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProjectMember instance
                 */
                static create(properties: codexk8s.controlplane.v1.ProjectMember.$Shape): codexk8s.controlplane.v1.ProjectMember & codexk8s.controlplane.v1.ProjectMember.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ProjectMember.$Properties): codexk8s.controlplane.v1.ProjectMember;

                /**
                 * Encodes the specified ProjectMember message. Does not implicitly {@link codexk8s.controlplane.v1.ProjectMember.verify|verify} messages.
                 * @param m ProjectMember message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ProjectMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProjectMember message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ProjectMember.verify|verify} messages.
                 * @param message ProjectMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ProjectMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProjectMember message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ProjectMember & codexk8s.controlplane.v1.ProjectMember.$Shape} ProjectMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ProjectMember & codexk8s.controlplane.v1.ProjectMember.$Shape;

                /**
                 * Decodes a ProjectMember message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ProjectMember & codexk8s.controlplane.v1.ProjectMember.$Shape} ProjectMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ProjectMember & codexk8s.controlplane.v1.ProjectMember.$Shape;

                /**
                 * Verifies a ProjectMember message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProjectMember message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ProjectMember
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ProjectMember;

                /**
                 * Creates a plain object from a ProjectMember message. Also converts values to other types if specified.
                 * @param m ProjectMember
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ProjectMember, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProjectMember to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProjectMember
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProjectMember {

                /** Properties of a ProjectMember. */
                interface $Properties {

                    /** ProjectMember projectId */
                    projectId?: string;

                    /** ProjectMember userId */
                    userId?: string;

                    /** ProjectMember email */
                    email?: string;

                    /** ProjectMember githubLogin */
                    githubLogin?: string;

                    /** ProjectMember role */
                    role?: string;

                    /** ProjectMember learningModeOverride */
                    learningModeOverride?: google.protobuf.BoolValue.$Properties;

                    /** ProjectMember createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** ProjectMember updatedAt */
                    updatedAt?: google.protobuf.Timestamp.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProjectMember. */
                type $Shape = codexk8s.controlplane.v1.ProjectMember.$Properties;
            }

            /**
             * Properties of a ListProjectMembersRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListProjectMembersRequest.$Properties instead.
             */
            interface IListProjectMembersRequest extends codexk8s.controlplane.v1.ListProjectMembersRequest.$Properties {
            }

            /** Represents a ListProjectMembersRequest. */
            class ListProjectMembersRequest {

                /**
                 * Constructs a new ListProjectMembersRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListProjectMembersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProjectMembersRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListProjectMembersRequest projectId. */
                projectId: string;

                /** ListProjectMembersRequest limit. */
                limit: number;

                /** ListProjectMembersRequest cursor. */
                cursor: string;

                /**
                 * Creates a new ListProjectMembersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListProjectMembersRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListProjectMembersRequest.$Shape): codexk8s.controlplane.v1.ListProjectMembersRequest & codexk8s.controlplane.v1.ListProjectMembersRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListProjectMembersRequest.$Properties): codexk8s.controlplane.v1.ListProjectMembersRequest;

                /**
                 * Encodes the specified ListProjectMembersRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectMembersRequest.verify|verify} messages.
                 * @param m ListProjectMembersRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListProjectMembersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListProjectMembersRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectMembersRequest.verify|verify} messages.
                 * @param message ListProjectMembersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListProjectMembersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProjectMembersRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListProjectMembersRequest & codexk8s.controlplane.v1.ListProjectMembersRequest.$Shape} ListProjectMembersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListProjectMembersRequest & codexk8s.controlplane.v1.ListProjectMembersRequest.$Shape;

                /**
                 * Decodes a ListProjectMembersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListProjectMembersRequest & codexk8s.controlplane.v1.ListProjectMembersRequest.$Shape} ListProjectMembersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListProjectMembersRequest & codexk8s.controlplane.v1.ListProjectMembersRequest.$Shape;

                /**
                 * Verifies a ListProjectMembersRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProjectMembersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListProjectMembersRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListProjectMembersRequest;

                /**
                 * Creates a plain object from a ListProjectMembersRequest message. Also converts values to other types if specified.
                 * @param m ListProjectMembersRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListProjectMembersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProjectMembersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListProjectMembersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListProjectMembersRequest {

                /** Properties of a ListProjectMembersRequest. */
                interface $Properties {

                    /** ListProjectMembersRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListProjectMembersRequest projectId */
                    projectId?: string;

                    /** ListProjectMembersRequest limit */
                    limit?: number;

                    /** ListProjectMembersRequest cursor */
                    cursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProjectMembersRequest. */
                type $Shape = codexk8s.controlplane.v1.ListProjectMembersRequest.$Properties;
            }

            /**
             * Properties of a ListProjectMembersResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListProjectMembersResponse.$Properties instead.
             */
            interface IListProjectMembersResponse extends codexk8s.controlplane.v1.ListProjectMembersResponse.$Properties {
            }

            /** Represents a ListProjectMembersResponse. */
            class ListProjectMembersResponse {

                /**
                 * Constructs a new ListProjectMembersResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListProjectMembersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProjectMembersResponse items. */
                items: codexk8s.controlplane.v1.ProjectMember[];

                /** ListProjectMembersResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListProjectMembersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListProjectMembersResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListProjectMembersResponse.$Shape): codexk8s.controlplane.v1.ListProjectMembersResponse & codexk8s.controlplane.v1.ListProjectMembersResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListProjectMembersResponse.$Properties): codexk8s.controlplane.v1.ListProjectMembersResponse;

                /**
                 * Encodes the specified ListProjectMembersResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectMembersResponse.verify|verify} messages.
                 * @param m ListProjectMembersResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListProjectMembersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListProjectMembersResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectMembersResponse.verify|verify} messages.
                 * @param message ListProjectMembersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListProjectMembersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProjectMembersResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListProjectMembersResponse & codexk8s.controlplane.v1.ListProjectMembersResponse.$Shape} ListProjectMembersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListProjectMembersResponse & codexk8s.controlplane.v1.ListProjectMembersResponse.$Shape;

                /**
                 * Decodes a ListProjectMembersResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListProjectMembersResponse & codexk8s.controlplane.v1.ListProjectMembersResponse.$Shape} ListProjectMembersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListProjectMembersResponse & codexk8s.controlplane.v1.ListProjectMembersResponse.$Shape;

                /**
                 * Verifies a ListProjectMembersResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProjectMembersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListProjectMembersResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListProjectMembersResponse;

                /**
                 * Creates a plain object from a ListProjectMembersResponse message. Also converts values to other types if specified.
                 * @param m ListProjectMembersResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListProjectMembersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProjectMembersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListProjectMembersResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListProjectMembersResponse {

                /** Properties of a ListProjectMembersResponse. */
                interface $Properties {

                    /** ListProjectMembersResponse items */
                    items?: codexk8s.controlplane.v1.ProjectMember.$Properties[];

                    /** ListProjectMembersResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProjectMembersResponse. */
                type $Shape = codexk8s.controlplane.v1.ListProjectMembersResponse.$Properties;
            }

            /**
             * Properties of an UpsertProjectMemberRequest.
             * @deprecated Use codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Properties instead.
             */
            interface IUpsertProjectMemberRequest extends codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Properties {
            }

            /** Represents an UpsertProjectMemberRequest. */
            class UpsertProjectMemberRequest {

                /**
                 * Constructs a new UpsertProjectMemberRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpsertProjectMemberRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** UpsertProjectMemberRequest projectId. */
                projectId: string;

                /** UpsertProjectMemberRequest userId. */
                userId: string;

                /** UpsertProjectMemberRequest email. */
                email: string;

                /** UpsertProjectMemberRequest role. */
                role: string;

                /**
                 * Creates a new UpsertProjectMemberRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpsertProjectMemberRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Shape): codexk8s.controlplane.v1.UpsertProjectMemberRequest & codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Properties): codexk8s.controlplane.v1.UpsertProjectMemberRequest;

                /**
                 * Encodes the specified UpsertProjectMemberRequest message. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectMemberRequest.verify|verify} messages.
                 * @param m UpsertProjectMemberRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpsertProjectMemberRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectMemberRequest.verify|verify} messages.
                 * @param message UpsertProjectMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpsertProjectMemberRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpsertProjectMemberRequest & codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Shape} UpsertProjectMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpsertProjectMemberRequest & codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Shape;

                /**
                 * Decodes an UpsertProjectMemberRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpsertProjectMemberRequest & codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Shape} UpsertProjectMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpsertProjectMemberRequest & codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Shape;

                /**
                 * Verifies an UpsertProjectMemberRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpsertProjectMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpsertProjectMemberRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpsertProjectMemberRequest;

                /**
                 * Creates a plain object from an UpsertProjectMemberRequest message. Also converts values to other types if specified.
                 * @param m UpsertProjectMemberRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpsertProjectMemberRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpsertProjectMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpsertProjectMemberRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpsertProjectMemberRequest {

                /** Properties of an UpsertProjectMemberRequest. */
                interface $Properties {

                    /** UpsertProjectMemberRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** UpsertProjectMemberRequest projectId */
                    projectId?: string;

                    /** UpsertProjectMemberRequest userId */
                    userId?: string;

                    /** UpsertProjectMemberRequest email */
                    email?: string;

                    /** UpsertProjectMemberRequest role */
                    role?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpsertProjectMemberRequest. */
                type $Shape = codexk8s.controlplane.v1.UpsertProjectMemberRequest.$Properties;
            }

            /**
             * Properties of an UpsertProjectMemberResponse.
             * @deprecated Use codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Properties instead.
             */
            interface IUpsertProjectMemberResponse extends codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Properties {
            }

            /** Represents an UpsertProjectMemberResponse. */
            class UpsertProjectMemberResponse {

                /**
                 * Constructs a new UpsertProjectMemberResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpsertProjectMemberResponse member. */
                member: codexk8s.controlplane.v1.ProjectMember;

                /**
                 * Creates a new UpsertProjectMemberResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpsertProjectMemberResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Shape): codexk8s.controlplane.v1.UpsertProjectMemberResponse & codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Properties): codexk8s.controlplane.v1.UpsertProjectMemberResponse;

                /**
                 * Encodes the specified UpsertProjectMemberResponse message. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectMemberResponse.verify|verify} messages.
                 * @param m UpsertProjectMemberResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpsertProjectMemberResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectMemberResponse.verify|verify} messages.
                 * @param message UpsertProjectMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpsertProjectMemberResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpsertProjectMemberResponse & codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Shape} UpsertProjectMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpsertProjectMemberResponse & codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Shape;

                /**
                 * Decodes an UpsertProjectMemberResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpsertProjectMemberResponse & codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Shape} UpsertProjectMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpsertProjectMemberResponse & codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Shape;

                /**
                 * Verifies an UpsertProjectMemberResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpsertProjectMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpsertProjectMemberResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpsertProjectMemberResponse;

                /**
                 * Creates a plain object from an UpsertProjectMemberResponse message. Also converts values to other types if specified.
                 * @param m UpsertProjectMemberResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpsertProjectMemberResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpsertProjectMemberResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpsertProjectMemberResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpsertProjectMemberResponse {

                /** Properties of an UpsertProjectMemberResponse. */
                interface $Properties {

                    /** UpsertProjectMemberResponse member */
                    member?: codexk8s.controlplane.v1.ProjectMember.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpsertProjectMemberResponse. */
                type $Shape = codexk8s.controlplane.v1.UpsertProjectMemberResponse.$Properties;
            }

            /**
             * Properties of a DeleteProjectMemberRequest.
             * @deprecated Use codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Properties instead.
             */
            interface IDeleteProjectMemberRequest extends codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Properties {
            }

            /** Represents a DeleteProjectMemberRequest. */
            class DeleteProjectMemberRequest {

                /**
                 * Constructs a new DeleteProjectMemberRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteProjectMemberRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** DeleteProjectMemberRequest projectId. */
                projectId: string;

                /** DeleteProjectMemberRequest userId. */
                userId: string;

                /**
                 * Creates a new DeleteProjectMemberRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteProjectMemberRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Shape): codexk8s.controlplane.v1.DeleteProjectMemberRequest & codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Properties): codexk8s.controlplane.v1.DeleteProjectMemberRequest;

                /**
                 * Encodes the specified DeleteProjectMemberRequest message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectMemberRequest.verify|verify} messages.
                 * @param m DeleteProjectMemberRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteProjectMemberRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectMemberRequest.verify|verify} messages.
                 * @param message DeleteProjectMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteProjectMemberRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteProjectMemberRequest & codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Shape} DeleteProjectMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteProjectMemberRequest & codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Shape;

                /**
                 * Decodes a DeleteProjectMemberRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteProjectMemberRequest & codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Shape} DeleteProjectMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteProjectMemberRequest & codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Shape;

                /**
                 * Verifies a DeleteProjectMemberRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteProjectMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteProjectMemberRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteProjectMemberRequest;

                /**
                 * Creates a plain object from a DeleteProjectMemberRequest message. Also converts values to other types if specified.
                 * @param m DeleteProjectMemberRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteProjectMemberRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteProjectMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteProjectMemberRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteProjectMemberRequest {

                /** Properties of a DeleteProjectMemberRequest. */
                interface $Properties {

                    /** DeleteProjectMemberRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** DeleteProjectMemberRequest projectId */
                    projectId?: string;

                    /** DeleteProjectMemberRequest userId */
                    userId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteProjectMemberRequest. */
                type $Shape = codexk8s.controlplane.v1.DeleteProjectMemberRequest.$Properties;
            }

            /**
             * Properties of a DeleteProjectMemberResponse.
             * @deprecated Use codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Properties instead.
             */
            interface IDeleteProjectMemberResponse extends codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Properties {
            }

            /** Represents a DeleteProjectMemberResponse. */
            class DeleteProjectMemberResponse {

                /**
                 * Constructs a new DeleteProjectMemberResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DeleteProjectMemberResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteProjectMemberResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Shape): codexk8s.controlplane.v1.DeleteProjectMemberResponse & codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Properties): codexk8s.controlplane.v1.DeleteProjectMemberResponse;

                /**
                 * Encodes the specified DeleteProjectMemberResponse message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectMemberResponse.verify|verify} messages.
                 * @param m DeleteProjectMemberResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteProjectMemberResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectMemberResponse.verify|verify} messages.
                 * @param message DeleteProjectMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteProjectMemberResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteProjectMemberResponse & codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Shape} DeleteProjectMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteProjectMemberResponse & codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Shape;

                /**
                 * Decodes a DeleteProjectMemberResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteProjectMemberResponse & codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Shape} DeleteProjectMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteProjectMemberResponse & codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Shape;

                /**
                 * Verifies a DeleteProjectMemberResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteProjectMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteProjectMemberResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteProjectMemberResponse;

                /**
                 * Creates a plain object from a DeleteProjectMemberResponse message. Also converts values to other types if specified.
                 * @param m DeleteProjectMemberResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteProjectMemberResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteProjectMemberResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteProjectMemberResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteProjectMemberResponse {

                /** Properties of a DeleteProjectMemberResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteProjectMemberResponse. */
                type $Shape = codexk8s.controlplane.v1.DeleteProjectMemberResponse.$Properties;
            }

            /**
             * Properties of a SetProjectMemberLearningModeOverrideRequest.
             * @deprecated Use codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Properties instead.
             */
            interface ISetProjectMemberLearningModeOverrideRequest extends codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Properties {
            }

            /** Represents a SetProjectMemberLearningModeOverrideRequest. */
            class SetProjectMemberLearningModeOverrideRequest {

                /**
                 * Constructs a new SetProjectMemberLearningModeOverrideRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetProjectMemberLearningModeOverrideRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** SetProjectMemberLearningModeOverrideRequest projectId. */
                projectId: string;

                /** SetProjectMemberLearningModeOverrideRequest userId. */
                userId: string;

                /** SetProjectMemberLearningModeOverrideRequest enabled. */
                enabled: google.protobuf.BoolValue;

                /**
                 * Creates a new SetProjectMemberLearningModeOverrideRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetProjectMemberLearningModeOverrideRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Shape): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Properties): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest;

                /**
                 * Encodes the specified SetProjectMemberLearningModeOverrideRequest message. Does not implicitly {@link codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.verify|verify} messages.
                 * @param m SetProjectMemberLearningModeOverrideRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetProjectMemberLearningModeOverrideRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.verify|verify} messages.
                 * @param message SetProjectMemberLearningModeOverrideRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetProjectMemberLearningModeOverrideRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Shape} SetProjectMemberLearningModeOverrideRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Shape;

                /**
                 * Decodes a SetProjectMemberLearningModeOverrideRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Shape} SetProjectMemberLearningModeOverrideRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Shape;

                /**
                 * Verifies a SetProjectMemberLearningModeOverrideRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetProjectMemberLearningModeOverrideRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SetProjectMemberLearningModeOverrideRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest;

                /**
                 * Creates a plain object from a SetProjectMemberLearningModeOverrideRequest message. Also converts values to other types if specified.
                 * @param m SetProjectMemberLearningModeOverrideRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetProjectMemberLearningModeOverrideRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetProjectMemberLearningModeOverrideRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetProjectMemberLearningModeOverrideRequest {

                /** Properties of a SetProjectMemberLearningModeOverrideRequest. */
                interface $Properties {

                    /** SetProjectMemberLearningModeOverrideRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** SetProjectMemberLearningModeOverrideRequest projectId */
                    projectId?: string;

                    /** SetProjectMemberLearningModeOverrideRequest userId */
                    userId?: string;

                    /** SetProjectMemberLearningModeOverrideRequest enabled */
                    enabled?: google.protobuf.BoolValue.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetProjectMemberLearningModeOverrideRequest. */
                type $Shape = codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideRequest.$Properties;
            }

            /**
             * Properties of a SetProjectMemberLearningModeOverrideResponse.
             * @deprecated Use codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Properties instead.
             */
            interface ISetProjectMemberLearningModeOverrideResponse extends codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Properties {
            }

            /** Represents a SetProjectMemberLearningModeOverrideResponse. */
            class SetProjectMemberLearningModeOverrideResponse {

                /**
                 * Constructs a new SetProjectMemberLearningModeOverrideResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetProjectMemberLearningModeOverrideResponse member. */
                member: codexk8s.controlplane.v1.ProjectMember;

                /**
                 * Creates a new SetProjectMemberLearningModeOverrideResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetProjectMemberLearningModeOverrideResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Shape): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Properties): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse;

                /**
                 * Encodes the specified SetProjectMemberLearningModeOverrideResponse message. Does not implicitly {@link codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.verify|verify} messages.
                 * @param m SetProjectMemberLearningModeOverrideResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetProjectMemberLearningModeOverrideResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.verify|verify} messages.
                 * @param message SetProjectMemberLearningModeOverrideResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetProjectMemberLearningModeOverrideResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Shape} SetProjectMemberLearningModeOverrideResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Shape;

                /**
                 * Decodes a SetProjectMemberLearningModeOverrideResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Shape} SetProjectMemberLearningModeOverrideResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse & codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Shape;

                /**
                 * Verifies a SetProjectMemberLearningModeOverrideResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetProjectMemberLearningModeOverrideResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SetProjectMemberLearningModeOverrideResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse;

                /**
                 * Creates a plain object from a SetProjectMemberLearningModeOverrideResponse message. Also converts values to other types if specified.
                 * @param m SetProjectMemberLearningModeOverrideResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetProjectMemberLearningModeOverrideResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetProjectMemberLearningModeOverrideResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetProjectMemberLearningModeOverrideResponse {

                /** Properties of a SetProjectMemberLearningModeOverrideResponse. */
                interface $Properties {

                    /** SetProjectMemberLearningModeOverrideResponse member */
                    member?: codexk8s.controlplane.v1.ProjectMember.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetProjectMemberLearningModeOverrideResponse. */
                type $Shape = codexk8s.controlplane.v1.SetProjectMemberLearningModeOverrideResponse.$Properties;
            }

            /**
             * Properties of a Repository.
             * @deprecated Use codexk8s.controlplane.v1.Repository.$Properties instead.
             */
            interface IRepository extends codexk8s.controlplane.v1.Repository.$Properties {
            }

            /** Represents a Repository. */
            class Repository {

                /**
                 * Constructs a new Repository.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.Repository.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Repository id. */
                id: string;

                /** Repository projectId. */
                projectId: string;

                /** Repository provider. */
                provider: string;

                /** Repository externalId. */
                externalId: number;

                /** Repository owner. */
                owner: string;

                /** Repository name. */
                name: string;

                /** Repository servicesYamlPath. */
                servicesYamlPath: string;

                /** Repository createdAt. */
                createdAt: google.protobuf.Timestamp;

                /** Repository updatedAt. */
                updatedAt: google.protobuf.Timestamp;

                /** Repository lastRecoveryAt. */
                lastRecoveryAt: google.protobuf.Timestamp;

                /** Repository lastRecoveryOutcome. */
                lastRecoveryOutcome: string;

                /** Repository lastRecoveryError. */
                lastRecoveryError: string;

                /** Repository lastRecovered. */
                lastRecovered: number;

                /** Repository deliveriesRecovered. */
                deliveriesRecovered: number;

                /**
                 * Creates a new Repository instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Repository instance
                 */
                static create(properties: codexk8s.controlplane.v1.Repository.$Shape): codexk8s.controlplane.v1.Repository & codexk8s.controlplane.v1.Repository.$Shape;
                static create(properties?: codexk8s.controlplane.v1.Repository.$Properties): codexk8s.controlplane.v1.Repository;

                /**
                 * Encodes the specified Repository message. Does not implicitly {@link codexk8s.controlplane.v1.Repository.verify|verify} messages.
                 * @param m Repository message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.Repository.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Repository message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.Repository.verify|verify} messages.
                 * @param message Repository message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.Repository.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Repository message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.Repository & codexk8s.controlplane.v1.Repository.$Shape} Repository
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.Repository & codexk8s.controlplane.v1.Repository.$Shape;

                /**
                 * Decodes a Repository message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.Repository & codexk8s.controlplane.v1.Repository.$Shape} Repository
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.Repository & codexk8s.controlplane.v1.Repository.$Shape;

                /**
                 * Verifies a Repository message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Repository message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Repository
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.Repository;

                /**
                 * Creates a plain object from a Repository message. Also converts values to other types if specified.
                 * @param m Repository
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.Repository, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Repository to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Repository
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Repository {

                /** Properties of a Repository. */
                interface $Properties {

                    /** Repository id */
                    id?: string;

                    /** Repository projectId */
                    projectId?: string;

                    /** Repository provider */
                    provider?: string;

                    /** Repository externalId */
                    externalId?: number;

                    /** Repository owner */
                    owner?: string;

                    /** Repository name */
                    name?: string;

                    /** Repository servicesYamlPath */
                    servicesYamlPath?: string;

                    /** Repository createdAt */
                    createdAt?: google.protobuf.Timestamp.$Properties;

                    /** Repository updatedAt */
                    updatedAt?: google.protobuf.Timestamp.$Properties;

                    /** Repository lastRecoveryAt */
                    lastRecoveryAt?: google.protobuf.Timestamp.$Properties;

                    /** Repository lastRecoveryOutcome */
                    lastRecoveryOutcome?: string;

                    /** Repository lastRecoveryError */
                    lastRecoveryError?: string;

                    /** Repository lastRecovered */
                    lastRecovered?: number;

                    /** Repository deliveriesRecovered */
                    deliveriesRecovered?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Repository. */
                type $Shape = codexk8s.controlplane.v1.Repository.$Properties;
            }

            /**
             * Properties of a ListProjectRepositoriesRequest.
             * @deprecated Use codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Properties instead.
             */
            interface IListProjectRepositoriesRequest extends codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Properties {
            }

            /** Represents a ListProjectRepositoriesRequest. */
            class ListProjectRepositoriesRequest {

                /**
                 * Constructs a new ListProjectRepositoriesRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProjectRepositoriesRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** ListProjectRepositoriesRequest projectId. */
                projectId: string;

                /** ListProjectRepositoriesRequest limit. */
                limit: number;

                /** ListProjectRepositoriesRequest cursor. */
                cursor: string;

                /**
                 * Creates a new ListProjectRepositoriesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListProjectRepositoriesRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Shape): codexk8s.controlplane.v1.ListProjectRepositoriesRequest & codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Properties): codexk8s.controlplane.v1.ListProjectRepositoriesRequest;

                /**
                 * Encodes the specified ListProjectRepositoriesRequest message. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectRepositoriesRequest.verify|verify} messages.
                 * @param m ListProjectRepositoriesRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListProjectRepositoriesRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectRepositoriesRequest.verify|verify} messages.
                 * @param message ListProjectRepositoriesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProjectRepositoriesRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListProjectRepositoriesRequest & codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Shape} ListProjectRepositoriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListProjectRepositoriesRequest & codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Shape;

                /**
                 * Decodes a ListProjectRepositoriesRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListProjectRepositoriesRequest & codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Shape} ListProjectRepositoriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListProjectRepositoriesRequest & codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Shape;

                /**
                 * Verifies a ListProjectRepositoriesRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProjectRepositoriesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListProjectRepositoriesRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListProjectRepositoriesRequest;

                /**
                 * Creates a plain object from a ListProjectRepositoriesRequest message. Also converts values to other types if specified.
                 * @param m ListProjectRepositoriesRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListProjectRepositoriesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProjectRepositoriesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListProjectRepositoriesRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListProjectRepositoriesRequest {

                /** Properties of a ListProjectRepositoriesRequest. */
                interface $Properties {

                    /** ListProjectRepositoriesRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** ListProjectRepositoriesRequest projectId */
                    projectId?: string;

                    /** ListProjectRepositoriesRequest limit */
                    limit?: number;

                    /** ListProjectRepositoriesRequest cursor */
                    cursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProjectRepositoriesRequest. */
                type $Shape = codexk8s.controlplane.v1.ListProjectRepositoriesRequest.$Properties;
            }

            /**
             * Properties of a ListProjectRepositoriesResponse.
             * @deprecated Use codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Properties instead.
             */
            interface IListProjectRepositoriesResponse extends codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Properties {
            }

            /** Represents a ListProjectRepositoriesResponse. */
            class ListProjectRepositoriesResponse {

                /**
                 * Constructs a new ListProjectRepositoriesResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProjectRepositoriesResponse items. */
                items: codexk8s.controlplane.v1.Repository[];

                /** ListProjectRepositoriesResponse nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ListProjectRepositoriesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListProjectRepositoriesResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Shape): codexk8s.controlplane.v1.ListProjectRepositoriesResponse & codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Properties): codexk8s.controlplane.v1.ListProjectRepositoriesResponse;

                /**
                 * Encodes the specified ListProjectRepositoriesResponse message. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectRepositoriesResponse.verify|verify} messages.
                 * @param m ListProjectRepositoriesResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListProjectRepositoriesResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.ListProjectRepositoriesResponse.verify|verify} messages.
                 * @param message ListProjectRepositoriesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProjectRepositoriesResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.ListProjectRepositoriesResponse & codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Shape} ListProjectRepositoriesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.ListProjectRepositoriesResponse & codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Shape;

                /**
                 * Decodes a ListProjectRepositoriesResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.ListProjectRepositoriesResponse & codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Shape} ListProjectRepositoriesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.ListProjectRepositoriesResponse & codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Shape;

                /**
                 * Verifies a ListProjectRepositoriesResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProjectRepositoriesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListProjectRepositoriesResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.ListProjectRepositoriesResponse;

                /**
                 * Creates a plain object from a ListProjectRepositoriesResponse message. Also converts values to other types if specified.
                 * @param m ListProjectRepositoriesResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.ListProjectRepositoriesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProjectRepositoriesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListProjectRepositoriesResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListProjectRepositoriesResponse {

                /** Properties of a ListProjectRepositoriesResponse. */
                interface $Properties {

                    /** ListProjectRepositoriesResponse items */
                    items?: codexk8s.controlplane.v1.Repository.$Properties[];

                    /** ListProjectRepositoriesResponse nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProjectRepositoriesResponse. */
                type $Shape = codexk8s.controlplane.v1.ListProjectRepositoriesResponse.$Properties;
            }

            /**
             * Properties of an UpsertProjectRepositoryRequest.
             * @deprecated Use codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Properties instead.
             */
            interface IUpsertProjectRepositoryRequest extends codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Properties {
            }

            /** Represents an UpsertProjectRepositoryRequest. */
            class UpsertProjectRepositoryRequest {

                /**
                 * Constructs a new UpsertProjectRepositoryRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpsertProjectRepositoryRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** UpsertProjectRepositoryRequest projectId. */
                projectId: string;

                /** UpsertProjectRepositoryRequest provider. */
                provider: string;

                /** UpsertProjectRepositoryRequest owner. */
                owner: string;

                /** UpsertProjectRepositoryRequest name. */
                name: string;

                /** UpsertProjectRepositoryRequest token. */
                token: string;

                /** UpsertProjectRepositoryRequest servicesYamlPath. */
                servicesYamlPath: string;

                /**
                 * Creates a new UpsertProjectRepositoryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpsertProjectRepositoryRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Shape): codexk8s.controlplane.v1.UpsertProjectRepositoryRequest & codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Properties): codexk8s.controlplane.v1.UpsertProjectRepositoryRequest;

                /**
                 * Encodes the specified UpsertProjectRepositoryRequest message. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.verify|verify} messages.
                 * @param m UpsertProjectRepositoryRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpsertProjectRepositoryRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.verify|verify} messages.
                 * @param message UpsertProjectRepositoryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpsertProjectRepositoryRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpsertProjectRepositoryRequest & codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Shape} UpsertProjectRepositoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpsertProjectRepositoryRequest & codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Shape;

                /**
                 * Decodes an UpsertProjectRepositoryRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpsertProjectRepositoryRequest & codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Shape} UpsertProjectRepositoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpsertProjectRepositoryRequest & codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Shape;

                /**
                 * Verifies an UpsertProjectRepositoryRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpsertProjectRepositoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpsertProjectRepositoryRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpsertProjectRepositoryRequest;

                /**
                 * Creates a plain object from an UpsertProjectRepositoryRequest message. Also converts values to other types if specified.
                 * @param m UpsertProjectRepositoryRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpsertProjectRepositoryRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpsertProjectRepositoryRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpsertProjectRepositoryRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpsertProjectRepositoryRequest {

                /** Properties of an UpsertProjectRepositoryRequest. */
                interface $Properties {

                    /** UpsertProjectRepositoryRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** UpsertProjectRepositoryRequest projectId */
                    projectId?: string;

                    /** UpsertProjectRepositoryRequest provider */
                    provider?: string;

                    /** UpsertProjectRepositoryRequest owner */
                    owner?: string;

                    /** UpsertProjectRepositoryRequest name */
                    name?: string;

                    /** UpsertProjectRepositoryRequest token */
                    token?: string;

                    /** UpsertProjectRepositoryRequest servicesYamlPath */
                    servicesYamlPath?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpsertProjectRepositoryRequest. */
                type $Shape = codexk8s.controlplane.v1.UpsertProjectRepositoryRequest.$Properties;
            }

            /**
             * Properties of an UpsertProjectRepositoryResponse.
             * @deprecated Use codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Properties instead.
             */
            interface IUpsertProjectRepositoryResponse extends codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Properties {
            }

            /** Represents an UpsertProjectRepositoryResponse. */
            class UpsertProjectRepositoryResponse {

                /**
                 * Constructs a new UpsertProjectRepositoryResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpsertProjectRepositoryResponse repository. */
                repository: codexk8s.controlplane.v1.Repository;

                /**
                 * Creates a new UpsertProjectRepositoryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpsertProjectRepositoryResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Shape): codexk8s.controlplane.v1.UpsertProjectRepositoryResponse & codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Properties): codexk8s.controlplane.v1.UpsertProjectRepositoryResponse;

                /**
                 * Encodes the specified UpsertProjectRepositoryResponse message. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.verify|verify} messages.
                 * @param m UpsertProjectRepositoryResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpsertProjectRepositoryResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.verify|verify} messages.
                 * @param message UpsertProjectRepositoryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpsertProjectRepositoryResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.UpsertProjectRepositoryResponse & codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Shape} UpsertProjectRepositoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.UpsertProjectRepositoryResponse & codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Shape;

                /**
                 * Decodes an UpsertProjectRepositoryResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.UpsertProjectRepositoryResponse & codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Shape} UpsertProjectRepositoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.UpsertProjectRepositoryResponse & codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Shape;

                /**
                 * Verifies an UpsertProjectRepositoryResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpsertProjectRepositoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UpsertProjectRepositoryResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.UpsertProjectRepositoryResponse;

                /**
                 * Creates a plain object from an UpsertProjectRepositoryResponse message. Also converts values to other types if specified.
                 * @param m UpsertProjectRepositoryResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.UpsertProjectRepositoryResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpsertProjectRepositoryResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpsertProjectRepositoryResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpsertProjectRepositoryResponse {

                /** Properties of an UpsertProjectRepositoryResponse. */
                interface $Properties {

                    /** UpsertProjectRepositoryResponse repository */
                    repository?: codexk8s.controlplane.v1.Repository.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpsertProjectRepositoryResponse. */
                type $Shape = codexk8s.controlplane.v1.UpsertProjectRepositoryResponse.$Properties;
            }

            /**
             * Properties of a DeleteProjectRepositoryRequest.
             * @deprecated Use codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Properties instead.
             */
            interface IDeleteProjectRepositoryRequest extends codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Properties {
            }

            /** Represents a DeleteProjectRepositoryRequest. */
            class DeleteProjectRepositoryRequest {

                /**
                 * Constructs a new DeleteProjectRepositoryRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteProjectRepositoryRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** DeleteProjectRepositoryRequest projectId. */
                projectId: string;

                /** DeleteProjectRepositoryRequest repositoryId. */
                repositoryId: string;

                /**
                 * Creates a new DeleteProjectRepositoryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteProjectRepositoryRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Shape): codexk8s.controlplane.v1.DeleteProjectRepositoryRequest & codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Properties): codexk8s.controlplane.v1.DeleteProjectRepositoryRequest;

                /**
                 * Encodes the specified DeleteProjectRepositoryRequest message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.verify|verify} messages.
                 * @param m DeleteProjectRepositoryRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteProjectRepositoryRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.verify|verify} messages.
                 * @param message DeleteProjectRepositoryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteProjectRepositoryRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteProjectRepositoryRequest & codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Shape} DeleteProjectRepositoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteProjectRepositoryRequest & codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Shape;

                /**
                 * Decodes a DeleteProjectRepositoryRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteProjectRepositoryRequest & codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Shape} DeleteProjectRepositoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteProjectRepositoryRequest & codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Shape;

                /**
                 * Verifies a DeleteProjectRepositoryRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteProjectRepositoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteProjectRepositoryRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteProjectRepositoryRequest;

                /**
                 * Creates a plain object from a DeleteProjectRepositoryRequest message. Also converts values to other types if specified.
                 * @param m DeleteProjectRepositoryRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteProjectRepositoryRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteProjectRepositoryRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteProjectRepositoryRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteProjectRepositoryRequest {

                /** Properties of a DeleteProjectRepositoryRequest. */
                interface $Properties {

                    /** DeleteProjectRepositoryRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** DeleteProjectRepositoryRequest projectId */
                    projectId?: string;

                    /** DeleteProjectRepositoryRequest repositoryId */
                    repositoryId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteProjectRepositoryRequest. */
                type $Shape = codexk8s.controlplane.v1.DeleteProjectRepositoryRequest.$Properties;
            }

            /**
             * Properties of a DeleteProjectRepositoryResponse.
             * @deprecated Use codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Properties instead.
             */
            interface IDeleteProjectRepositoryResponse extends codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Properties {
            }

            /** Represents a DeleteProjectRepositoryResponse. */
            class DeleteProjectRepositoryResponse {

                /**
                 * Constructs a new DeleteProjectRepositoryResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DeleteProjectRepositoryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteProjectRepositoryResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Shape): codexk8s.controlplane.v1.DeleteProjectRepositoryResponse & codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Properties): codexk8s.controlplane.v1.DeleteProjectRepositoryResponse;

                /**
                 * Encodes the specified DeleteProjectRepositoryResponse message. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.verify|verify} messages.
                 * @param m DeleteProjectRepositoryResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteProjectRepositoryResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.verify|verify} messages.
                 * @param message DeleteProjectRepositoryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteProjectRepositoryResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.DeleteProjectRepositoryResponse & codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Shape} DeleteProjectRepositoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.DeleteProjectRepositoryResponse & codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Shape;

                /**
                 * Decodes a DeleteProjectRepositoryResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.DeleteProjectRepositoryResponse & codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Shape} DeleteProjectRepositoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.DeleteProjectRepositoryResponse & codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Shape;

                /**
                 * Verifies a DeleteProjectRepositoryResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteProjectRepositoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeleteProjectRepositoryResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.DeleteProjectRepositoryResponse;

                /**
                 * Creates a plain object from a DeleteProjectRepositoryResponse message. Also converts values to other types if specified.
                 * @param m DeleteProjectRepositoryResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.DeleteProjectRepositoryResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteProjectRepositoryResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteProjectRepositoryResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteProjectRepositoryResponse {

                /** Properties of a DeleteProjectRepositoryResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteProjectRepositoryResponse. */
                type $Shape = codexk8s.controlplane.v1.DeleteProjectRepositoryResponse.$Properties;
            }

            /**
             * Properties of a RecoverRepositoryDeliveriesRequest.
             * @deprecated Use codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Properties instead.
             */
            interface IRecoverRepositoryDeliveriesRequest extends codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Properties {
            }

            /** Represents a RecoverRepositoryDeliveriesRequest. */
            class RecoverRepositoryDeliveriesRequest {

                /**
                 * Constructs a new RecoverRepositoryDeliveriesRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecoverRepositoryDeliveriesRequest principal. */
                principal: codexk8s.controlplane.v1.Principal;

                /** RecoverRepositoryDeliveriesRequest projectId. */
                projectId: string;

                /** RecoverRepositoryDeliveriesRequest repositoryId. */
                repositoryId: string;

                /**
                 * Creates a new RecoverRepositoryDeliveriesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecoverRepositoryDeliveriesRequest instance
                 */
                static create(properties: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Shape): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Shape;
                static create(properties?: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Properties): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest;

                /**
                 * Encodes the specified RecoverRepositoryDeliveriesRequest message. Does not implicitly {@link codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.verify|verify} messages.
                 * @param m RecoverRepositoryDeliveriesRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RecoverRepositoryDeliveriesRequest message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.verify|verify} messages.
                 * @param message RecoverRepositoryDeliveriesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecoverRepositoryDeliveriesRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Shape} RecoverRepositoryDeliveriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Shape;

                /**
                 * Decodes a RecoverRepositoryDeliveriesRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Shape} RecoverRepositoryDeliveriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Shape;

                /**
                 * Verifies a RecoverRepositoryDeliveriesRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RecoverRepositoryDeliveriesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RecoverRepositoryDeliveriesRequest
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest;

                /**
                 * Creates a plain object from a RecoverRepositoryDeliveriesRequest message. Also converts values to other types if specified.
                 * @param m RecoverRepositoryDeliveriesRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RecoverRepositoryDeliveriesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RecoverRepositoryDeliveriesRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecoverRepositoryDeliveriesRequest {

                /** Properties of a RecoverRepositoryDeliveriesRequest. */
                interface $Properties {

                    /** RecoverRepositoryDeliveriesRequest principal */
                    principal?: codexk8s.controlplane.v1.Principal.$Properties;

                    /** RecoverRepositoryDeliveriesRequest projectId */
                    projectId?: string;

                    /** RecoverRepositoryDeliveriesRequest repositoryId */
                    repositoryId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecoverRepositoryDeliveriesRequest. */
                type $Shape = codexk8s.controlplane.v1.RecoverRepositoryDeliveriesRequest.$Properties;
            }

            /**
             * Properties of a RecoverRepositoryDeliveriesResponse.
             * @deprecated Use codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Properties instead.
             */
            interface IRecoverRepositoryDeliveriesResponse extends codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Properties {
            }

            /** Represents a RecoverRepositoryDeliveriesResponse. */
            class RecoverRepositoryDeliveriesResponse {

                /**
                 * Constructs a new RecoverRepositoryDeliveriesResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecoverRepositoryDeliveriesResponse checked. */
                checked: number;

                /** RecoverRepositoryDeliveriesResponse recovered. */
                recovered: number;

                /**
                 * Creates a new RecoverRepositoryDeliveriesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecoverRepositoryDeliveriesResponse instance
                 */
                static create(properties: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Shape): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Shape;
                static create(properties?: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Properties): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse;

                /**
                 * Encodes the specified RecoverRepositoryDeliveriesResponse message. Does not implicitly {@link codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.verify|verify} messages.
                 * @param m RecoverRepositoryDeliveriesResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RecoverRepositoryDeliveriesResponse message, length delimited. Does not implicitly {@link codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.verify|verify} messages.
                 * @param message RecoverRepositoryDeliveriesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecoverRepositoryDeliveriesResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Shape} RecoverRepositoryDeliveriesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Shape;

                /**
                 * Decodes a RecoverRepositoryDeliveriesResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Shape} RecoverRepositoryDeliveriesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse & codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Shape;

                /**
                 * Verifies a RecoverRepositoryDeliveriesResponse message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RecoverRepositoryDeliveriesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RecoverRepositoryDeliveriesResponse
                 */
                static fromObject(d: { [k: string]: any }): codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse;

                /**
                 * Creates a plain object from a RecoverRepositoryDeliveriesResponse message. Also converts values to other types if specified.
                 * @param m RecoverRepositoryDeliveriesResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RecoverRepositoryDeliveriesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RecoverRepositoryDeliveriesResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecoverRepositoryDeliveriesResponse {

                /** Properties of a RecoverRepositoryDeliveriesResponse. */
                interface $Properties {

                    /** RecoverRepositoryDeliveriesResponse checked */
                    checked?: number;

                    /** RecoverRepositoryDeliveriesResponse recovered */
                    recovered?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecoverRepositoryDeliveriesResponse. */
                type $Shape = codexk8s.controlplane.v1.RecoverRepositoryDeliveriesResponse.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param m Timestamp message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Timestamp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Timestamp
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param m Timestamp
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Timestamp, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: number;

                /** Timestamp nanos */
                nanos?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        /**
         * Properties of a DoubleValue.
         * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
         */
        interface IDoubleValue extends google.protobuf.DoubleValue.$Properties {
        }

        /** Represents a DoubleValue. */
        class DoubleValue {

            /**
             * Constructs a new DoubleValue.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.DoubleValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DoubleValue value. */
            value: number;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DoubleValue instance
             */
            static create(properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static create(properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param m DoubleValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.DoubleValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DoubleValue message, length delimited. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;

            /**
             * Verifies a DoubleValue message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DoubleValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DoubleValue
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.DoubleValue;

            /**
             * Creates a plain object from a DoubleValue message. Also converts values to other types if specified.
             * @param m DoubleValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.DoubleValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DoubleValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DoubleValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DoubleValue {

            /** Properties of a DoubleValue. */
            interface $Properties {

                /** DoubleValue value */
                value?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DoubleValue. */
            type $Shape = google.protobuf.DoubleValue.$Properties;
        }

        /**
         * Properties of a FloatValue.
         * @deprecated Use google.protobuf.FloatValue.$Properties instead.
         */
        interface IFloatValue extends google.protobuf.FloatValue.$Properties {
        }

        /** Represents a FloatValue. */
        class FloatValue {

            /**
             * Constructs a new FloatValue.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.FloatValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FloatValue value. */
            value: number;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FloatValue instance
             */
            static create(properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static create(properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @param m FloatValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.FloatValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FloatValue message, length delimited. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @param message FloatValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;

            /**
             * Decodes a FloatValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;

            /**
             * Verifies a FloatValue message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a FloatValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FloatValue
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.FloatValue;

            /**
             * Creates a plain object from a FloatValue message. Also converts values to other types if specified.
             * @param m FloatValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.FloatValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FloatValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FloatValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FloatValue {

            /** Properties of a FloatValue. */
            interface $Properties {

                /** FloatValue value */
                value?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FloatValue. */
            type $Shape = google.protobuf.FloatValue.$Properties;
        }

        /**
         * Properties of an Int64Value.
         * @deprecated Use google.protobuf.Int64Value.$Properties instead.
         */
        interface IInt64Value extends google.protobuf.Int64Value.$Properties {
        }

        /** Represents an Int64Value. */
        class Int64Value {

            /**
             * Constructs a new Int64Value.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Int64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int64Value value. */
            value: number;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            static create(properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static create(properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param m Int64Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Int64Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Int64Value message, length delimited. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;

            /**
             * Decodes an Int64Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;

            /**
             * Verifies an Int64Value message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Int64Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Int64Value
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Int64Value;

            /**
             * Creates a plain object from an Int64Value message. Also converts values to other types if specified.
             * @param m Int64Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Int64Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Int64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int64Value {

            /** Properties of an Int64Value. */
            interface $Properties {

                /** Int64Value value */
                value?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int64Value. */
            type $Shape = google.protobuf.Int64Value.$Properties;
        }

        /**
         * Properties of a UInt64Value.
         * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
         */
        interface IUInt64Value extends google.protobuf.UInt64Value.$Properties {
        }

        /** Represents a UInt64Value. */
        class UInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.UInt64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt64Value value. */
            value: number;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            static create(properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static create(properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param m UInt64Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.UInt64Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UInt64Value message, length delimited. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;

            /**
             * Verifies a UInt64Value message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a UInt64Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns UInt64Value
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.UInt64Value;

            /**
             * Creates a plain object from a UInt64Value message. Also converts values to other types if specified.
             * @param m UInt64Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.UInt64Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UInt64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UInt64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt64Value {

            /** Properties of a UInt64Value. */
            interface $Properties {

                /** UInt64Value value */
                value?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt64Value. */
            type $Shape = google.protobuf.UInt64Value.$Properties;
        }

        /**
         * Properties of an Int32Value.
         * @deprecated Use google.protobuf.Int32Value.$Properties instead.
         */
        interface IInt32Value extends google.protobuf.Int32Value.$Properties {
        }

        /** Represents an Int32Value. */
        class Int32Value {

            /**
             * Constructs a new Int32Value.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Int32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int32Value value. */
            value: number;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int32Value instance
             */
            static create(properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static create(properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @param m Int32Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Int32Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Int32Value message, length delimited. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @param message Int32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;

            /**
             * Decodes an Int32Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;

            /**
             * Verifies an Int32Value message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Int32Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Int32Value
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Int32Value;

            /**
             * Creates a plain object from an Int32Value message. Also converts values to other types if specified.
             * @param m Int32Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Int32Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int32Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Int32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int32Value {

            /** Properties of an Int32Value. */
            interface $Properties {

                /** Int32Value value */
                value?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int32Value. */
            type $Shape = google.protobuf.Int32Value.$Properties;
        }

        /**
         * Properties of a UInt32Value.
         * @deprecated Use google.protobuf.UInt32Value.$Properties instead.
         */
        interface IUInt32Value extends google.protobuf.UInt32Value.$Properties {
        }

        /** Represents a UInt32Value. */
        class UInt32Value {

            /**
             * Constructs a new UInt32Value.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.UInt32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt32Value value. */
            value: number;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt32Value instance
             */
            static create(properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static create(properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @param m UInt32Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.UInt32Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UInt32Value message, length delimited. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @param message UInt32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;

            /**
             * Decodes a UInt32Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;

            /**
             * Verifies a UInt32Value message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a UInt32Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns UInt32Value
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.UInt32Value;

            /**
             * Creates a plain object from a UInt32Value message. Also converts values to other types if specified.
             * @param m UInt32Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.UInt32Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UInt32Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UInt32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt32Value {

            /** Properties of a UInt32Value. */
            interface $Properties {

                /** UInt32Value value */
                value?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt32Value. */
            type $Shape = google.protobuf.UInt32Value.$Properties;
        }

        /**
         * Properties of a BoolValue.
         * @deprecated Use google.protobuf.BoolValue.$Properties instead.
         */
        interface IBoolValue extends google.protobuf.BoolValue.$Properties {
        }

        /** Represents a BoolValue. */
        class BoolValue {

            /**
             * Constructs a new BoolValue.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.BoolValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BoolValue value. */
            value: boolean;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoolValue instance
             */
            static create(properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static create(properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param m BoolValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.BoolValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BoolValue message, length delimited. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;

            /**
             * Decodes a BoolValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;

            /**
             * Verifies a BoolValue message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a BoolValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns BoolValue
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.BoolValue;

            /**
             * Creates a plain object from a BoolValue message. Also converts values to other types if specified.
             * @param m BoolValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.BoolValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BoolValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BoolValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BoolValue {

            /** Properties of a BoolValue. */
            interface $Properties {

                /** BoolValue value */
                value?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BoolValue. */
            type $Shape = google.protobuf.BoolValue.$Properties;
        }

        /**
         * Properties of a StringValue.
         * @deprecated Use google.protobuf.StringValue.$Properties instead.
         */
        interface IStringValue extends google.protobuf.StringValue.$Properties {
        }

        /** Represents a StringValue. */
        class StringValue {

            /**
             * Constructs a new StringValue.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.StringValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringValue value. */
            value: string;

            /**
             * Creates a new StringValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringValue instance
             */
            static create(properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static create(properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param m StringValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.StringValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StringValue message, length delimited. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;

            /**
             * Decodes a StringValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;

            /**
             * Verifies a StringValue message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a StringValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StringValue
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.StringValue;

            /**
             * Creates a plain object from a StringValue message. Also converts values to other types if specified.
             * @param m StringValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.StringValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StringValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StringValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringValue {

            /** Properties of a StringValue. */
            interface $Properties {

                /** StringValue value */
                value?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringValue. */
            type $Shape = google.protobuf.StringValue.$Properties;
        }

        /**
         * Properties of a BytesValue.
         * @deprecated Use google.protobuf.BytesValue.$Properties instead.
         */
        interface IBytesValue extends google.protobuf.BytesValue.$Properties {
        }

        /** Represents a BytesValue. */
        class BytesValue {

            /**
             * Constructs a new BytesValue.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.BytesValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BytesValue value. */
            value: Uint8Array;

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BytesValue instance
             */
            static create(properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static create(properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @param m BytesValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.BytesValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BytesValue message, length delimited. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @param message BytesValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;

            /**
             * Decodes a BytesValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;

            /**
             * Verifies a BytesValue message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a BytesValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns BytesValue
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.BytesValue;

            /**
             * Creates a plain object from a BytesValue message. Also converts values to other types if specified.
             * @param m BytesValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.BytesValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BytesValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BytesValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesValue {

            /** Properties of a BytesValue. */
            interface $Properties {

                /** BytesValue value */
                value?: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BytesValue. */
            type $Shape = google.protobuf.BytesValue.$Properties;
        }
    }
}
