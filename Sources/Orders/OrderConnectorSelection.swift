import Workspace

extension ERPSettings {
    /// The connector kbkit.yaml's `erp:` block selects. `embedded` is the ERP loaded from
    /// `paths.erp`; pass nil when it was not loaded (only an http configuration then works).
    public func makeConnector(embedded erp: EmbeddedERP?) throws(OrderLookupError) -> any OrderConnector {
        switch connector {
        case .embedded:
            guard let erp else { throw .configuration("erp.connector is embedded but the embedded ERP (paths.erp) was not loaded") }
            return EmbeddedOrderConnector(erp: erp)
        case .http:
            guard let http else { throw .configuration("erp.connector is http but there is no erp.http block") }
            return HTTPOrderConnector(settings: http)
        }
    }
}
