import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './layout/AppShell';
import { RequireAuth } from './RequireAuth';
import { MilestonesRoute } from './routes/MilestonesRoute';
import { MyWorkRoute } from './routes/MyWorkRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { PlanRoute } from './routes/PlanRoute';
import { PortfolioRoute } from './routes/PortfolioRoute';
import { ProjectRoute } from './routes/ProjectRoute';
import { RegisterRoute } from './routes/RegisterRoute';
import { SignInRoute } from './routes/SignInRoute';
import { SharedRoute } from './routes/SharedRoute';
import { TimelineRoute } from './routes/TimelineRoute';
import { TokensRoute } from './routes/TokensRoute';
import { TaskRoute } from './routes/TaskRoute';
import { WorkspaceRoute } from './routes/WorkspaceRoute';
import { PeopleRoute } from './routes/PeopleRoute';
import { WorkloadRoute } from './routes/WorkloadRoute';
import { DecisionsRoute } from './routes/DecisionsRoute';
import { StatusRoute } from './routes/StatusRoute';
import { EscalationsRoute } from './routes/EscalationsRoute';
import { RiskRoute } from './routes/RiskRoute';
import { RisksRoute } from './routes/RisksRoute';
import { ApprovalsRoute } from './routes/ApprovalsRoute';
import { BoardRoute } from './routes/BoardRoute';
import { NotificationsRoute } from './routes/NotificationsRoute';
import { NotificationPreferencesRoute } from './routes/NotificationPreferencesRoute';
import { WebhooksRoute } from './routes/WebhooksRoute';
import { ProjectFlowRoute } from './routes/ProjectFlowRoute';
import { WorkflowsRoute } from './routes/WorkflowsRoute';
import { WorkspaceFlowRoute } from './routes/WorkspaceFlowRoute';
import { ProjectDashboardRoute } from './routes/ProjectDashboardRoute';
import { WorkspaceDashboardRoute } from './routes/WorkspaceDashboardRoute';
import { ImportRoute } from './routes/ImportRoute';
import { TemplatesRoute } from './routes/TemplatesRoute';
import { ProceduresRoute } from './routes/ProceduresRoute';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInRoute />} />
      <Route path="/register" element={<RegisterRoute />} />
      <Route path="/shared/:token" element={<SharedRoute />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<PortfolioRoute />} />
        <Route path="my-work" element={<MyWorkRoute />} />
        <Route path="projects/:projectId" element={<ProjectRoute />}>
          <Route index element={<Navigate to="plan" replace />} />
          <Route path="plan" element={<PlanRoute />} />
          <Route path="timeline" element={<TimelineRoute />} />
          <Route path="milestones" element={<MilestonesRoute />} />
          <Route path="risks" element={<RisksRoute />} />
          <Route path="risks/:riskId" element={<RiskRoute />} />
          <Route path="decisions" element={<DecisionsRoute />} />
          <Route path="status" element={<StatusRoute />} />
          <Route path="board" element={<BoardRoute />} />
          <Route path="flow" element={<ProjectFlowRoute />} />
          <Route path="dashboard" element={<ProjectDashboardRoute />} />
        </Route>
        <Route path="tasks/:taskId" element={<TaskRoute />} />
        <Route path="approvals" element={<ApprovalsRoute />} />
        <Route path="notifications" element={<NotificationsRoute />} />
        <Route path="notifications/preferences" element={<NotificationPreferencesRoute />} />
        <Route path="workspace/webhooks" element={<WebhooksRoute />} />
        <Route path="flow" element={<WorkspaceFlowRoute />} />
        <Route path="dashboard" element={<WorkspaceDashboardRoute />} />
        <Route path="workflows" element={<WorkflowsRoute />} />
        <Route path="workload" element={<WorkloadRoute />} />
        <Route path="escalations" element={<EscalationsRoute />} />
        <Route path="people" element={<PeopleRoute />} />
        <Route path="workspace" element={<WorkspaceRoute />} />
        <Route path="tokens" element={<TokensRoute />} />
        <Route path="import" element={<ImportRoute />} />
        <Route path="templates" element={<TemplatesRoute />} />
        <Route path="procedures" element={<ProceduresRoute />} />
        <Route path="procedures/:procedureId" element={<ProceduresRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
